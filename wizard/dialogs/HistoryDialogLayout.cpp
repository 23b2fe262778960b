#include <QHeaderView>
#include <QScreen>
#include <QShowEvent>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <algorithm>

#include "AppSettings.h"
#include "HistoryDialog.h"
#include "RecordDetails.h"

// The record window's detail pane, and its size and split kept across runs.

using namespace Qt::StringLiterals;

void HistoryDialog::showDetails()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const QString details = item ? item->data(0, detailRole).toString() : QString();
    m_details->setHtml(details.isEmpty() ? RecordDetails::none() : details);
}

void HistoryDialog::restoreLayout()
{
    const AppSettings::WindowLayout remembered = AppSettings().recordWindow();
    const QScreen* screen = parentWidget() ? parentWidget()->screen() : this->screen();
    // As the user left it, but never larger than the screen it opens on now
    // (another monitor, another scale).
    if (remembered.size.isValid() && !remembered.size.isEmpty() && screen)
        resize(remembered.size.boundedTo(screen->availableGeometry().size()));
    m_splitRestored =
        !remembered.splitter.isEmpty() && m_splitter->restoreState(remembered.splitter);
    QHeaderView* header = m_tree->header();
    if (remembered.stepColumn > 0) {
        header->resizeSection(2, std::clamp(remembered.stepColumn, header->minimumSectionSize(),
                                            header->maximumSectionSize()));
    }
}

void HistoryDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Most of the height for the list, the rest for the details and the
    // evidence; the split only has its height once the window is laid out.
    if (!m_splitRestored && !event->spontaneous()) {
        m_splitRestored = true;
        const int height = m_splitter->height();
        m_splitter->setSizes({height * 5 / 9, height * 2 / 9, height * 2 / 9});
    }
}

void HistoryDialog::done(int result)
{
    AppSettings().setRecordWindow(
        {size(), m_splitter->saveState(), m_tree->header()->sectionSize(2)});
    QDialog::done(result);
}
