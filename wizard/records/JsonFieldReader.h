#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Reads typed fields from JSON files the user may have edited or damaged, and
// keeps every problem as a message that names the field ("accounts[2].name").
// A getter whose field is wrong returns an empty value, so callers read on and
// check ok() at the end. Strict readers refuse a file with any problem; a
// salvaging reader (for entries the program stored itself) takes what can be
// used: ok() stays true, text over its limit is cut, problems() lists the rest.
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    enum class Mode
    {
        Strict,
        Salvage
    };
    explicit JsonFieldReader(Mode mode = Mode::Strict) : m_mode(mode) {}

    QString text(const QJsonObject& object, const QString& key, const QString& path, int maxLength);
    bool boolean(const QJsonObject& object, const QString& key, const QString& path, bool fallback);
    QJsonObject object(const QJsonObject& object, const QString& key, const QString& path);
    QJsonArray array(const QJsonObject& object, const QString& key, const QString& path,
                     int maxItems);
    QJsonObject arrayObject(const QJsonArray& array, qsizetype index, const QString& path);
    QDate date(const QJsonObject& object, const QString& key, const QString& path);
    void unknownValue(const QString& path, const QString& value);

    void fail(const QString& message);
    bool ok() const { return m_mode == Mode::Salvage || m_problems.isEmpty(); }
    bool salvaging() const { return m_mode == Mode::Salvage; }
    QString error() const { return m_problems.value(0); }
    const QStringList& problems() const { return m_problems; }

    // A message when the bytes are not UTF-8 text (UTF-16 as some Windows
    // editors save, Latin-1, binary), which JSON must be; empty when they are.
    static QString encodingProblem(const QByteArray& data);
    // The same, as part of a sentence ("it is not UTF-8 text (it looks like
    // UTF-16); …"), for UTF-16 and UTF-32 only; empty for anything else.
    static QString wideEncodingProblem(const QByteArray& data);
    // "UTF-16" or "UTF-32" when JSON text looks saved in that encoding (with
    // or without a byte order mark, either byte order); empty otherwise.
    static QString wideEncoding(const QByteArray& data);

    // "line 3, column 7" for a byte offset of a parse error.
    static QString position(const QByteArray& data, int offset);

private:
    Mode m_mode;
    QStringList m_problems;
};
