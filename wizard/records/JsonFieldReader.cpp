#include "JsonFieldReader.h"

#include <QStringDecoder>

#include "InputValidation.h"

using namespace Qt::StringLiterals;

void JsonFieldReader::fail(const QString& message)
{
    m_problems << message;
}

QString JsonFieldReader::text(const QJsonObject& object, const QString& key, const QString& path,
                              int maxLength)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(tr("The field “%1” must be text.").arg(path));
        return {};
    }
    const QString result = value.toString();
    if (InputValidation::length(result) > maxLength) {
        fail(tr("The field “%1” is longer than %2 characters.").arg(path).arg(maxLength));
        return salvaging() ? InputValidation::firstCharacters(result, maxLength) : QString();
    }
    return result;
}

bool JsonFieldReader::boolean(const QJsonObject& object, const QString& key, const QString& path,
                              bool fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) // null: as if missing (docs/profile-format.md)
        return fallback;
    if (!value.isBool()) {
        fail(tr("The field “%1” must be true or false.").arg(path));
        return fallback;
    }
    return value.toBool();
}

QJsonObject JsonFieldReader::object(const QJsonObject& object, const QString& key,
                                    const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) // null: as if missing (docs/profile-format.md)
        return {};
    if (!value.isObject()) {
        fail(tr("The field “%1” must be a group of fields ({ … }).").arg(path));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonFieldReader::array(const QJsonObject& object, const QString& key,
                                  const QString& path, int maxItems)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) // null: as if missing (docs/profile-format.md)
        return {};
    if (!value.isArray()) {
        fail(tr("The field “%1” must be a list ([ … ]).").arg(path));
        return {};
    }
    QJsonArray result = value.toArray();
    if (result.size() > maxItems) {
        fail(tr("The list “%1” has more than %2 entries.").arg(path).arg(maxItems));
        if (!salvaging())
            return {};
        while (result.size() > maxItems)
            result.removeLast();
    }
    return result;
}

QJsonObject JsonFieldReader::arrayObject(const QJsonArray& array, qsizetype index,
                                         const QString& path)
{
    const QJsonValue value = array.at(index);
    if (!value.isObject()) {
        fail(tr("The entry “%1” must be a group of fields ({ … }).").arg(path));
        return {};
    }
    return value.toObject();
}

QDate JsonFieldReader::date(const QJsonObject& object, const QString& key, const QString& path)
{
    const QString value = text(object, key, path, 10);
    if (value.isEmpty())
        return {};
    const QDate result = QDate::fromString(value, Qt::ISODate);
    if (!result.isValid() || result.year() < 2000 || result.year() > 2999) {
        fail(tr("The field “%1” must be a date like 2026-11-29.").arg(path));
        return {};
    }
    return result;
}

void JsonFieldReader::unknownValue(const QString& path, const QString& value)
{
    fail(tr("The field “%1” has the unknown value “%2”.").arg(path, value.left(40)));
}

QString JsonFieldReader::wideEncoding(const QByteArray& data)
{
    // JSON starts with a character of ASCII (RFC 8259 and RFC 4627, 3): where
    // its zero bytes are says the encoding. A UTF-32 mark starts like UTF-16's.
    if (data.startsWith(QByteArrayView("\0\0\xfe\xff", 4)) ||
        data.startsWith(QByteArrayView("\xff\xfe\0\0", 4)))
        return u"UTF-32"_s;
    if (data.startsWith("\xff\xfe") || data.startsWith("\xfe\xff"))
        return u"UTF-16"_s;
    if (data.size() >= 4 && data.at(0) != '\0' && data.at(1) == '\0' && data.at(2) == '\0' &&
        data.at(3) == '\0')
        return u"UTF-32"_s;
    if (data.size() >= 4 && data.at(0) == '\0' && data.at(1) == '\0' && data.at(2) == '\0' &&
        data.at(3) != '\0')
        return u"UTF-32"_s;
    if (data.size() >= 2 && (data.at(0) == '\0') != (data.at(1) == '\0'))
        return u"UTF-16"_s;
    return {};
}

QString JsonFieldReader::wideEncodingProblem(const QByteArray& data)
{
    const QString encoding = wideEncoding(data);
    if (encoding.isEmpty())
        return {};
    return tr("it is not UTF-8 text (it looks like %1); please open it in an editor and save it "
              "as “UTF-8”")
        .arg(encoding);
}

QString JsonFieldReader::encodingProblem(const QByteArray& data)
{
    if (const QString encoding = wideEncoding(data); !encoding.isEmpty()) {
        return tr("The file is not UTF-8 text (it looks like %1). Open it in an editor and save "
                  "it as “UTF-8”.")
            .arg(encoding);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError() || data.contains('\0')) {
        return tr("The file is not UTF-8 text (it may be in another encoding, or not text at "
                  "all). Open it in an editor and save it as “UTF-8”.");
    }
    return {};
}

QString JsonFieldReader::position(const QByteArray& data, int offset)
{
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return tr("line %1, column %2").arg(line).arg(column);
}
