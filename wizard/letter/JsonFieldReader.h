#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Reads typed fields from JSON files the user may have edited or damaged, and
// keeps the first problem as a message that names the field ("accounts[2].name").
// Getters return an empty value once something is wrong, so callers read on and
// check ok() at the end.
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    QString text(const QJsonObject& object, const QString& key, const QString& path, int maxLength);
    bool boolean(const QJsonObject& object, const QString& key, const QString& path, bool fallback);
    QJsonObject object(const QJsonObject& object, const QString& key, const QString& path);
    QJsonArray array(const QJsonObject& object, const QString& key, const QString& path,
                     int maxItems);
    QJsonObject arrayObject(const QJsonArray& array, qsizetype index, const QString& path);
    QDate date(const QJsonObject& object, const QString& key, const QString& path);
    void unknownValue(const QString& path, const QString& value);

    void fail(const QString& message);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // "line 3, column 7" for a byte offset of a parse error.
    static QString position(const QByteArray& data, int offset);

private:
    QString m_error;
};
