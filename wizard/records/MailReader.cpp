#include "MailReader.h"

#include <QList>
#include <QRegularExpression>

#include "InputValidation.h"
#include "MailText.h"
#include "OutlookMsgReader.h"

using namespace Qt::StringLiterals;

namespace {

// multipart/alternative inside multipart/related inside multipart/mixed is
// what mail programs send; far deeper nesting is an attack on the reader.
constexpr int maxDepth = 16;
constexpr int maxParts = 1000;
constexpr int maxHeaders = 1000;
constexpr qsizetype maxHeaderLength = 2000;

struct Header
{
    QByteArray name; // lower case
    QByteArray value;
};

struct Entity
{
    QList<Header> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const
    {
        for (const Header& header : headers) {
            if (header.name == name)
                return header.value;
        }
        return {};
    }
};

// Splits headers from body and unfolds continued header lines. Returns
// nothing when the first line is no header ("Name: value").
std::optional<Entity> parseEntity(const QByteArray& bytes)
{
    Entity entity;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        QByteArray line = bytes.mid(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = end + 1;
        if (line.isEmpty())
            break; // the blank line before the body
        if ((line.startsWith(' ') || line.startsWith('\t')) && !entity.headers.isEmpty()) {
            Header& last = entity.headers.last();
            if (last.value.size() < maxHeaderLength)
                last.value += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        // Field names are short; a long "name" is a line of text or binary.
        const QByteArray name =
            colon > 0 && colon <= 100 ? line.left(colon).trimmed() : QByteArray();
        static const QRegularExpression fieldName(u"^[!-9;-~]+$"_s);
        if (name.isEmpty() || !fieldName.match(QString::fromLatin1(name)).hasMatch()) {
            if (entity.headers.isEmpty())
                return std::nullopt;
            continue; // a damaged line among headers is skipped, not fatal
        }
        if (entity.headers.size() < maxHeaders)
            entity.headers.append({name.toLower(), line.mid(colon + 1).trimmed()});
    }
    if (pos < bytes.size())
        entity.body = bytes.mid(pos);
    return entity;
}

// "text/plain; charset="utf-8"" → type "text/plain", parameters by name.
struct ContentType
{
    QByteArray type;
    QByteArray charset;
    QByteArray boundary;
};

ContentType parseContentType(const QByteArray& value)
{
    ContentType result;
    const QList<QByteArray> parts = value.split(';');
    result.type = parts.value(0).trimmed().toLower();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype equals = parts.at(i).indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray name = parts.at(i).left(equals).trimmed().toLower();
        QByteArray parameter = parts.at(i).mid(equals + 1).trimmed();
        if (parameter.size() >= 2 && parameter.startsWith('"') && parameter.endsWith('"'))
            parameter = parameter.mid(1, parameter.size() - 2);
        if (name == "charset")
            result.charset = parameter;
        else if (name == "boundary")
            result.boundary = parameter;
    }
    return result;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Quoted-printable (RFC 2045); in headers "_" stands for a space. A broken
// "=" sequence is kept as it is, as mail programs do.
QByteArray fromQuotedPrintable(const QByteArray& in, bool header)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '_' && header) {
            out += ' ';
        } else if (c == '=' && i + 2 < in.size() && hexValue(in.at(i + 1)) >= 0 &&
                   hexValue(in.at(i + 2)) >= 0) {
            out += char(hexValue(in.at(i + 1)) * 16 + hexValue(in.at(i + 2)));
            i += 2;
        } else if (c == '=' && i + 1 < in.size() &&
                   (in.at(i + 1) == '\n' || in.at(i + 1) == '\r')) {
            // A soft line break: the line goes on.
            i += in.at(i + 1) == '\r' && i + 2 < in.size() && in.at(i + 2) == '\n' ? 2 : 1;
        } else {
            out += c;
        }
    }
    return out;
}

// Base64 with line breaks; invalid characters are skipped, as mail programs do.
QByteArray fromBase64(const QByteArray& in)
{
    QByteArray clean;
    clean.reserve(in.size());
    for (const char c : in) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '+' || c == '/')
            clean += c;
    }
    if (clean.size() % 4 == 1)
        clean.chop(1); // a lone last character carries no whole byte
    return QByteArray::fromBase64(clean);
}

QString bodyText(const Entity& entity, const QByteArray& charset)
{
    const QByteArray encoding = entity.header("content-transfer-encoding").trimmed().toLower();
    QByteArray bytes = entity.body;
    if (encoding == "quoted-printable")
        bytes = fromQuotedPrintable(bytes, false);
    else if (encoding == "base64")
        bytes = fromBase64(bytes);
    return MailText::decode(bytes, charset);
}

struct Found
{
    QString plain;
    QString html;
    bool hasPlain = false;
    int parts = 0;
    const CancelFlag* cancel = nullptr;
};

// The parts between the lines "--boundary", up to "--boundary--".
QList<QByteArray> splitMultipart(const QByteArray& body, const QByteArray& boundary,
                                 const CancelFlag* cancel)
{
    QList<QByteArray> parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype partStart = -1;
    qsizetype pos = 0;
    while (pos < body.size() && parts.size() < maxParts && !isCancelled(cancel)) {
        qsizetype lineEnd = body.indexOf('\n', pos);
        if (lineEnd < 0)
            lineEnd = body.size();
        const QByteArrayView line(body.constData() + pos, lineEnd - pos);
        // "--b1" must not end a part at "--b10" (a nested multipart's line).
        const QByteArray rest = line.startsWith(delimiter)
                                    ? line.sliced(delimiter.size()).toByteArray().trimmed()
                                    : QByteArray("x");
        if (rest.isEmpty() || rest.startsWith("--")) {
            if (partStart >= 0) {
                qsizetype partEnd = pos;
                if (partEnd > partStart && body.at(partEnd - 1) == '\n')
                    --partEnd;
                if (partEnd > partStart && body.at(partEnd - 1) == '\r')
                    --partEnd;
                parts.append(body.mid(partStart, partEnd - partStart));
            }
            if (rest.startsWith("--"))
                return parts;
            partStart = lineEnd + 1;
        }
        pos = lineEnd + 1;
    }
    if (partStart >= 0 && partStart < body.size())
        parts.append(body.mid(partStart)); // a cut-off mail without the closing line
    return parts;
}

void findText(const Entity& entity, int depth, Found& found)
{
    if (found.hasPlain || ++found.parts > maxParts || isCancelled(found.cancel))
        return;
    const ContentType type = parseContentType(entity.header("content-type"));
    const bool attachment =
        entity.header("content-disposition").trimmed().toLower().startsWith("attachment");
    if (type.type.startsWith("multipart/")) {
        if (depth >= maxDepth || type.boundary.isEmpty())
            return;
        for (const QByteArray& part : splitMultipart(entity.body, type.boundary, found.cancel)) {
            if (const auto child = parseEntity(part))
                findText(*child, depth + 1, found);
            else
                findText(Entity{{}, part}, depth + 1, found); // no headers: text/plain
            if (found.hasPlain)
                return;
        }
    } else if (attachment) {
        return;
    } else if (type.type.isEmpty() || type.type == "text/plain") {
        found.plain = bodyText(entity, type.charset);
        found.hasPlain = true;
    } else if (type.type == "text/html" && found.html.isEmpty()) {
        found.html = bodyText(entity, type.charset);
    }
}

QDateTime parseDate(const QByteArray& value)
{
    // "… +0100 (CET)": Qt reads the date without the comment.
    static const QRegularExpression comment(u"\\s*\\([^()]*\\)\\s*$"_s);
    QString text = QString::fromLatin1(value).simplified();
    text.remove(comment);
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

// "\"Facebook\" <noreply@facebookmail.com>" → "Facebook <noreply@facebookmail.com>".
QString readableAddress(const QString& from)
{
    static const QRegularExpression quotedName(u"^\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*<"_s);
    QString result = from;
    if (const auto match = quotedName.match(result); match.hasMatch())
        result.replace(0, match.capturedLength(), match.captured(1).remove(u'\\') + u" <"_s);
    return result.simplified();
}

// What the mail says goes through the same filter as typed text: direction
// controls in a sender ("\u202Eelpmaxe.rekcatta@live") would otherwise show
// an address on screen and on the documentation sheet that reads as another.
MailSummary printable(MailSummary mail)
{
    mail.from = InputValidation::printable(mail.from);
    mail.subject = InputValidation::printable(mail.subject);
    mail.text = InputValidation::printable(mail.text, true);
    return mail;
}

} // namespace

QString MailReader::decodeHeader(const QByteArray& value)
{
    static const QRegularExpression encodedWord(u"=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?="_s);
    const QString raw = QString::fromLatin1(value.left(maxHeaderLength * 4));
    QString result;
    QByteArray pending; // bytes of adjacent words in one charset: a character may be split
    QByteArray pendingCharset;
    const auto flush = [&] {
        if (!pending.isEmpty())
            result += MailText::decode(pending, pendingCharset);
        pending.clear();
    };
    qsizetype pos = 0;
    bool afterWord = false;
    auto matches = encodedWord.globalMatch(raw);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QString between = raw.mid(pos, match.capturedStart() - pos);
        if (!(afterWord && between.trimmed().isEmpty())) {
            flush();
            result += MailText::decode(between.toLatin1(), {});
        }
        const QByteArray charset = match.captured(1).toLatin1().toLower();
        const QByteArray encoded = match.captured(3).toLatin1();
        const QByteArray bytes = match.captured(2).toLower() == "b"_L1
                                     ? fromBase64(encoded)
                                     : fromQuotedPrintable(encoded, true);
        if (charset != pendingCharset)
            flush();
        pendingCharset = charset;
        pending += bytes;
        pos = match.capturedEnd();
        afterWord = true;
    }
    flush();
    result += MailText::decode(raw.mid(pos).toLatin1(), {});
    return MailText::tidy(result).simplified().left(maxHeaderLength);
}

std::pair<MailSummary, QString> MailReader::readEml(const QByteArray& input,
                                                    const CancelFlag* cancel)
{
    QByteArray bytes = input;
    if (bytes.startsWith("From ")) // the separator line of an mbox file
        bytes = bytes.mid(bytes.indexOf('\n') + 1);
    const auto entity = parseEntity(bytes);
    if (!entity || (entity->header("from").isEmpty() && entity->header("date").isEmpty() &&
                    entity->header("subject").isEmpty()))
        return {{}, tr("it is not an e-mail file (.eml or .msg)")};
    MailSummary mail;
    mail.date = parseDate(entity->header("date"));
    mail.from = readableAddress(decodeHeader(entity->header("from")));
    mail.subject = decodeHeader(entity->header("subject"));
    Found found;
    found.cancel = cancel;
    findText(*entity, 0, found);
    mail.text =
        MailText::tidy(found.hasPlain ? found.plain : MailText::fromHtml(found.html, cancel));
    if (isCancelled(cancel))
        return {{}, tr("reading it was cancelled")};
    return {printable(mail), {}};
}

std::pair<MailSummary, QString> MailReader::read(const QByteArray& bytes, const QString& fileName,
                                                 const CancelFlag* cancel)
{
    if (bytes.isEmpty())
        return {{}, tr("the file is empty")};
    if (OutlookMsgReader::isCompoundFile(bytes)) {
        // The compound file is read in one go (it takes a fraction of a second).
        const auto [mail, error] = OutlookMsgReader::read(bytes);
        if (isCancelled(cancel))
            return {{}, tr("reading it was cancelled")};
        return {printable(mail), error};
    }
    auto result = readEml(bytes, cancel);
    if (!result.second.isEmpty() && fileName.endsWith(".msg"_L1, Qt::CaseInsensitive))
        result.second = tr("it is not an Outlook message, although its name ends in .msg");
    return result;
}
