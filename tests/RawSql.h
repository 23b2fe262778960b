#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Runs one statement on a record database as another program would (sqlite3
// on the shell), on its own connection, and gives the first value: what the
// record tests use to look past RecordStore (integrity_check, user_version).
inline QVariant rawSql(const QString& path, const QString& statement, bool readOnly = false)
{
    const QString name = QStringLiteral("raw-sql");
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                result = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
