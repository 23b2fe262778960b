#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "ProfileFile.h"
#include "SampleRequests.h"
#include "TestFiles.h"

using namespace Qt::StringLiterals;

namespace {
using TestFiles::readAll;

// Sets "a.b.0.c" inside a JSON value (objects by key, lists by index).
QJsonValue withValue(QJsonValue node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    bool isIndex = false;
    const int index = step.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        array[index] = withValue(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    object[step] = withValue(object.value(step), path, value);
    return object;
}

// A valid profile with one field replaced by raw JSON, for the bad-file table.
QByteArray withField(const QString& path, const QByteArray& rawValue)
{
    const QJsonValue value = QJsonDocument::fromJson("[" + rawValue + "]").array().at(0);
    const QJsonObject root = QJsonDocument::fromJson(ProfileFile::toJson(sampleRequest())).object();
    return QJsonDocument(withValue(root, path.split(u'.'), value).toObject()).toJson();
}
} // namespace

class ProfileFileTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void roundTripKeepsEveryField()
    {
        ObjectionRequest request = sampleRequest();
        request.organisation.kind = OrganisationKind::University;
        request.organisation.contactRole = u"Behördliche Datenschutzbeauftragte"_s;
        request.options.letterLanguage = u"en"_s;
        request.options.date = QDate(2027, 2, 3);
        request.options.grounds = {Ground::Minors, Ground::Confidential};
        request.options.ownGrounds = u"Zeile 1\nZeile 2 mit \"Anführung\" und <b>"_s;
        request.options.jointControllership = false;
        request.options.requestConfirmation = false;
        const QString path = m_dir.filePath(u"profil.kiw.json"_s);
        QVERIFY(ProfileFile::write(path, request).isEmpty());
        const ProfileReadResult read = ProfileFile::read(path);
        QVERIFY2(read.request.has_value(), qPrintable(read.error));
        QCOMPARE(*read.request, request);
    }

    void roundTripEveryKindAndPlatform()
    {
        for (OrganisationKind kind : {OrganisationKind::Company, OrganisationKind::PublicAuthority,
                                      OrganisationKind::Association, OrganisationKind::University,
                                      OrganisationKind::Other}) {
            ObjectionRequest request = sampleRequest();
            request.organisation.kind = kind;
            const ProfileReadResult read = ProfileFile::fromJson(ProfileFile::toJson(request));
            QVERIFY(read.request.has_value());
            QCOMPARE(*read.request, request);
        }
    }

    void exampleProfileLoads()
    {
        const ProfileReadResult read = ProfileFile::read(
            QStringLiteral(KIW_SOURCE_DIR "/resources/examples/example-profile.json"));
        QVERIFY2(read.request.has_value(), qPrintable(read.error));
        QCOMPARE(read.request->organisation.name, u"Stadt Musterstadt"_s);
        QCOMPARE(read.request->accounts.size(), 2);
        QCOMPARE(read.request->options.date, QDate::currentDate()); // no date: today
    }

    void badFilesAreRefusedAndLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray valid = ProfileFile::toJson(sampleRequest());
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("malformed") << QByteArray("{ \"format\": ") << u"not valid JSON"_s;
        QTest::newRow("truncated") << valid.left(valid.size() / 2) << u"line"_s;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << u"not a KI-Widerspruch"_s;
        QTest::newRow("other format")
            << QByteArray("{\"format\": \"x\", \"version\": 1}") << u"not a KI-Widerspruch"_s;
        QTest::newRow("newer version") << withField(u"version"_s, "7") << u"newer version"_s;
        QTest::newRow("version not a number")
            << withField(u"version"_s, "\"1\"") << u"no valid format version"_s;
        QTest::newRow("name not text")
            << withField(u"organisation.name"_s, "42") << u"“organisation.name” must be text"_s;
        QTest::newRow("name too long")
            << withField(u"organisation.name"_s, "\"" + QByteArray(121, 'x') + "\"")
            << u"“organisation.name” is longer than 120"_s;
        QTest::newRow("name of 121 emoji")
            << withField(u"organisation.name"_s,
                         "\"" + QStringLiteral("😀").repeated(121).toUtf8() + "\"")
            << u"“organisation.name” is longer than 120 characters"_s;
        QTest::newRow("unknown kind") << withField(u"organisation.kind"_s, "\"ministry\"")
                                      << u"“organisation.kind” has the unknown value “ministry”"_s;
        QTest::newRow("bad e-mail") << withField(u"organisation.email"_s, "\"kein-at-zeichen\"")
                                    << u"organisation.email:"_s;
        QTest::newRow("accounts not a list")
            << withField(u"accounts"_s, "{}") << u"“accounts” must be a list"_s;
        QTest::newRow("unknown platform") << withField(u"accounts.0.platform"_s, "\"myspace\"")
                                          << u"“accounts[0].platform” has the unknown value"_s;
        QTest::newRow("foreign host")
            << withField(u"accounts.0.address"_s, "\"https://example.com/x\"")
            << u"accounts[0].address:"_s;
        QTest::newRow("javascript address")
            << withField(u"accounts.1.address"_s, "\"javascript:alert(1)\"")
            << u"accounts[1].address:"_s;
        QTest::newRow("bool as text") << withField(u"letter.jointControllership"_s, "\"yes\"")
                                      << u"“letter.jointControllership” must be true or false"_s;
        QTest::newRow("bad date") << withField(u"letter.date"_s, "\"29.11.2026\"")
                                  << u"“letter.date” must be a date like 2026-11-29"_s;
        QTest::newRow("absurd date")
            << withField(u"letter.date"_s, "\"9999-01-01\"") << u"“letter.date” must be a date"_s;
        QTest::newRow("unknown ground") << withField(u"letter.grounds"_s, "[\"weather\"]")
                                        << u"“letter.grounds[0]” has the unknown value"_s;
        QTest::newRow("unknown language") << withField(u"letter.language"_s, "\"fr\"")
                                          << u"“letter.language” has the unknown value"_s;
        QByteArray many =
            "{\"format\": \"ki-widerspruch-profile\", \"version\": 1, \"accounts\": [";
        for (int i = 0; i < 501; ++i)
            many += QByteArray(i ? "," : "") + "{}";
        QTest::newRow("too many accounts") << many + "]}" << u"more than 500 entries"_s;
        const QString text = QString::fromUtf8(valid);
        const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        QTest::newRow("UTF-16 with byte order mark")
            << QByteArray("\xff\xfe") + utf16 << u"not UTF-8 text (it looks like UTF-16)"_s;
        QTest::newRow("UTF-16 without mark") << utf16 << u"not UTF-8 text (it looks like UTF-16)"_s;
        QByteArray utf32;
        for (const char32_t c : text.toUcs4()) { // little-endian, as Windows writes it
            for (int shift = 0; shift < 32; shift += 8)
                utf32 += char(c >> shift);
        }
        QTest::newRow("UTF-32 with byte order mark")
            << QByteArray("\xff\xfe\0\0", 4) + utf32 << u"(it looks like UTF-32)"_s;
        QTest::newRow("UTF-32 without mark") << utf32 << u"(it looks like UTF-32)"_s;
        QTest::newRow("Latin-1") << text.toLatin1().replace("Rathausplatz", "R\xe4tsel")
                                 << u"not UTF-8 text"_s;
        QTest::newRow("too large")
            << QByteArray(ProfileFile::maxFileSize + 1, ' ') << u"larger than 1024 KiB"_s;
    }

    void badFilesAreRefusedAndLeftAlone()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".json"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QDateTime modified = QFileInfo(path).lastModified();
        const QByteArray hash = QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);

        const ProfileReadResult read = ProfileFile::read(path);
        QVERIFY(!read.request.has_value());
        QVERIFY2(read.error.contains(expected), qPrintable(read.error));
        QCOMPARE(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256), hash);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }

    // Limits count characters as people see them, not UTF-16 units: an emoji,
    // a flag or a letter with a combining accent is one character.
    void limitsCountCharacters()
    {
        for (const QString& character : {u"😀"_s, u"🇩🇪"_s, u"e\u0301"_s, u"👩‍👩‍👧"_s}) {
            const QString name = character.repeated(120);
            const ProfileReadResult read = ProfileFile::fromJson(
                withField(u"organisation.name"_s, "\"" + name.toUtf8() + "\""));
            QVERIFY2(read.request.has_value(), qPrintable(read.error));
            QCOMPARE(read.request->organisation.name, name);
        }
    }

    // Windows editors may put a byte order mark before UTF-8 text.
    void utf8WithByteOrderMarkIsRead()
    {
        const ProfileReadResult read =
            ProfileFile::fromJson("\xef\xbb\xbf" + ProfileFile::toJson(sampleRequest()));
        QVERIFY2(read.request.has_value(), qPrintable(read.error));
        QCOMPARE(*read.request, sampleRequest());
    }

    // "null" reads as if the field were missing, as docs/profile-format.md says:
    // empty text, the default of a switch, no group of fields, no list.
    void nullIsAsIfMissing()
    {
        const QByteArray json = R"({"format": "ki-widerspruch-profile", "version": 1,
            "organisation": {"name": null, "kind": null, "publicBody": null, "email": null},
            "accounts": null,
            "letter": {"language": null, "date": null, "grounds": null, "signatory": null,
                       "jointControllership": null, "requestConfirmation": null,
                       "postalNote": null}})";
        const ProfileReadResult read = ProfileFile::fromJson(json);
        QVERIFY2(read.request.has_value(), qPrintable(read.error));
        const ObjectionRequest defaults =
            *ProfileFile::fromJson(R"({"format": "ki-widerspruch-profile", "version": 1})").request;
        QCOMPARE(*read.request, defaults);
        const ProfileReadResult groups = ProfileFile::fromJson(
            R"({"format": "ki-widerspruch-profile", "version": 1, "organisation": null,
                "letter": null})");
        QVERIFY2(groups.request.has_value(), qPrintable(groups.error));
    }

    void missingFileIsNamed()
    {
        const ProfileReadResult read = ProfileFile::read(m_dir.filePath(u"fehlt.json"_s));
        QVERIFY(!read.request.has_value());
        QVERIFY(read.error.contains(u"could not be opened"_s));
    }
};

QTEST_GUILESS_MAIN(ProfileFileTest)
#include "ProfileFileTest.moc"
