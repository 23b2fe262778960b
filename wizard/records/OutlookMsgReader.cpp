#include "OutlookMsgReader.h"

#include <QHash>
#include <QStringDecoder>
#include <QTimeZone>
#include <QtEndian>

#include "CompoundFile.h"
#include "MailText.h"

using namespace Qt::StringLiterals;

namespace {

// Property ids (MS-OXPROPS) and types (MS-OXCDATA).
constexpr quint16 subjectId = 0x0037;
constexpr quint16 clientSubmitTimeId = 0x0039;
constexpr quint16 senderNameId = 0x0C1A;
constexpr quint16 senderAddressId = 0x0C1F;
constexpr quint16 senderSmtpAddressId = 0x5D01;
constexpr quint16 deliveryTimeId = 0x0E06;
constexpr quint16 bodyId = 0x1000;
constexpr quint16 htmlBodyId = 0x1013;
constexpr quint16 internetCodepageId = 0x3FDE;
constexpr quint16 messageCodepageId = 0x3FFD;
constexpr quint16 typeInteger = 0x0003;
constexpr quint16 typeTime = 0x0040;
constexpr quint16 typeString8 = 0x001E;
constexpr quint16 typeUnicode = 0x001F;
constexpr quint16 typeBinary = 0x0102;

// A body is read up to this size; more is cut by MailText::tidy anyway.
constexpr qint64 maxPropertySize = 8 * 1024 * 1024;

// A Windows code page as a name Qt's decoders know.
QByteArray codepageName(quint32 codepage)
{
    if (codepage == 65001)
        return "utf-8";
    if ((codepage >= 1250 && codepage <= 1258) || codepage == 874)
        return "windows-" + QByteArray::number(codepage);
    if (codepage >= 28591 && codepage <= 28605)
        return "iso-8859-" + QByteArray::number(codepage - 28590);
    static const QHash<quint32, QByteArray> others = {
        {20127, "us-ascii"}, {932, "shift_jis"}, {936, "gbk"},      {949, "euc-kr"},
        {950, "big5"},       {20866, "koi8-r"},  {21866, "koi8-u"}, {50220, "iso-2022-jp"}};
    // Outlook writes 8-bit text in windows-1252 when nothing says otherwise.
    return others.value(codepage, "windows-1252");
}

class Message
{
public:
    explicit Message(const QByteArray& bytes) : m_file(bytes)
    {
        for (const int child : m_file.children(CompoundFile::rootEntry)) {
            const QString name = m_file.entries().at(child).name.toUpper();
            m_streams.insert(name, child);
            m_hasProperties = m_hasProperties || name.startsWith("__SUBSTG1.0_"_L1);
        }
        m_properties = stream(u"__PROPERTIES_VERSION1.0"_s);
    }

    bool isMessage() const
    {
        // A Word or Excel file is a compound file too, but without properties.
        return m_file.isValid() && (!m_properties.isEmpty() || m_hasProperties);
    }

    QByteArray stream(const QString& name) const
    {
        const int entry = m_streams.value(name, -1);
        return entry < 0 ? QByteArray()
                         : m_file.stream(entry, maxPropertySize).value_or(QByteArray());
    }

    QByteArray property(quint16 id, quint16 type) const
    {
        return stream(u"__SUBSTG1.0_%1%2"_s.arg(uint(id), 4, 16, QChar(u'0'))
                          .arg(uint(type), 4, 16, QChar(u'0'))
                          .toUpper());
    }

    // A fixed-size value from the property stream: after a 32-byte header
    // (that of the top-level message), entries of 16 bytes: tag, flags, value.
    std::optional<quint64> fixed(quint16 id, quint16 type) const
    {
        const quint32 tag = (quint32(id) << 16) | type;
        for (qsizetype offset = 32; offset + 16 <= m_properties.size(); offset += 16) {
            if (qFromLittleEndian<quint32>(m_properties.constData() + offset) == tag)
                return qFromLittleEndian<quint64>(m_properties.constData() + offset + 8);
        }
        return std::nullopt;
    }

    QString text(quint16 id) const
    {
        const QByteArray unicode = property(id, typeUnicode);
        if (!unicode.isEmpty()) {
            QStringDecoder decoder(QStringDecoder::Utf16LE);
            // Strings end at the first NUL; what follows is no text.
            QString result = decoder.decode(unicode);
            result.truncate(result.indexOf(QChar(0)) < 0 ? result.size()
                                                         : result.indexOf(QChar(0)));
            return result;
        }
        QByteArray bytes = property(id, typeString8);
        bytes.truncate(bytes.indexOf('\0') < 0 ? bytes.size() : bytes.indexOf('\0'));
        return MailText::decode(bytes, codepage());
    }

    QByteArray codepage() const
    {
        const auto codepage = fixed(messageCodepageId, typeInteger);
        const auto internet = fixed(internetCodepageId, typeInteger);
        return codepageName(quint32(codepage ? *codepage : internet ? *internet : 1252));
    }

    QByteArray htmlCodepage() const
    {
        const auto internet = fixed(internetCodepageId, typeInteger);
        return internet ? codepageName(quint32(*internet)) : QByteArray();
    }

private:
    CompoundFile m_file;
    QHash<QString, int> m_streams;
    QByteArray m_properties;
    bool m_hasProperties = false;
};

// FILETIME: 100-nanosecond steps since 1 January 1601, UTC.
QDateTime fromFileTime(quint64 value)
{
    constexpr qint64 unixEpochInMs = 11'644'473'600'000;
    const qint64 ms = qint64(value / 10'000) - unixEpochInMs;
    // Outlook writes 0 or the largest value for "no time"; years past 9999
    // are no times either.
    if (value == 0 || ms > 253'402'300'799'000)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

} // namespace

bool OutlookMsgReader::isCompoundFile(const QByteArray& bytes)
{
    return CompoundFile::hasSignature(bytes);
}

std::pair<MailSummary, QString> OutlookMsgReader::read(const QByteArray& bytes)
{
    const Message message(bytes);
    if (!message.isMessage())
        return {{}, tr("it is an Outlook or Office file, but it is damaged or not a message")};
    // One line each, no control characters, of a sensible length.
    const auto line = [&message](quint16 id) {
        return MailText::tidy(message.text(id)).simplified().left(2000);
    };
    MailSummary mail;
    mail.subject = line(subjectId);
    const QString name = line(senderNameId);
    QString address = line(senderSmtpAddressId);
    if (address.isEmpty()) {
        // Inside an Exchange organisation the sender's address is an X.500
        // name ("/O=…/CN=…"), no e-mail address.
        address = line(senderAddressId);
        if (!address.contains(u'@'))
            address.clear();
    }
    if (name.isEmpty() || name == address)
        mail.from = address;
    else
        mail.from = address.isEmpty() ? name : name + u" <"_s + address + u'>';
    const auto time = message.fixed(clientSubmitTimeId, typeTime);
    mail.date = fromFileTime(time ? *time : message.fixed(deliveryTimeId, typeTime).value_or(0));

    QString text = message.text(bodyId);
    if (text.trimmed().isEmpty()) {
        const QByteArray html = message.property(htmlBodyId, typeBinary);
        QString htmlText = MailText::decode(html, message.htmlCodepage());
        if (html.isEmpty())
            htmlText = message.text(htmlBodyId);
        text = MailText::fromHtml(htmlText);
    }
    mail.text = MailText::tidy(text);
    return {mail, {}};
}
