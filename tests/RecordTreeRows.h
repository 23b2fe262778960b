#pragma once

#include <QString>
#include <QTreeWidget>

// The record window's tree as the tests read it: organisations, under each
// its accounts, under each the entries that covered it.
namespace RecordTreeRows {

// The first account row whose text contains name ("Instagram: Kita (@kita)").
inline QTreeWidgetItem* accountRow(QTreeWidget* tree, const QString& name)
{
    for (int top = 0; tree && top < tree->topLevelItemCount(); ++top) {
        for (int row = 0; row < tree->topLevelItem(top)->childCount(); ++row) {
            QTreeWidgetItem* item = tree->topLevelItem(top)->child(row);
            if (item->text(0).contains(name))
                return item;
        }
    }
    return nullptr;
}

} // namespace RecordTreeRows
