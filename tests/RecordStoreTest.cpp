#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

#include "RecordStore.h"
#include "SampleRecords.h"
#include "TestFiles.h"

using namespace Qt::StringLiterals;

namespace {
using TestFiles::readAll;
} // namespace

class RecordStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void defaultPathIsInTheAppDataFolder()
    {
        QVERIFY(RecordStore::defaultPath().endsWith(u"/records.json"_s));
        QVERIFY(RecordStore::defaultPath().contains(u".qttest"_s)); // test mode
        // In this run's own home (IsolatedHome.cpp), not the ~/.qttest every
        // run on the machine shares.
        const QString home = QDir::homePath();
        QVERIFY2(home.startsWith(QDir::tempPath() + u"/kiw-test-home-"_s), qPrintable(home));
        QVERIFY(RecordStore::defaultPath().startsWith(home + u"/.qttest/"_s));
        QCOMPARE(qEnvironmentVariable("XDG_CONFIG_HOME"), home + u"/config"_s);
    }

    void recordsSurviveARestart()
    {
        const QString path = m_dir.filePath(u"restart/records.json"_s);
        ObjectionRecord first = sampleRecord();
        first.id.clear(); // the store assigns one
        {
            RecordStore store(path);
            QVERIFY(store.load().isEmpty());
            QVERIFY(store.add(first).isEmpty());
            ObjectionRecord second = sampleRecord();
            second.route = Route::OnlineForm;
            QVERIFY(store.add(second).isEmpty());
            ObjectionRecord confirmed = store.records().at(0);
            confirmed.confirmations.insert(
                ObjectionRecord::accountKey(confirmed.accounts.at(0)),
                MetaConfirmation{QDate(2026, 12, 10), u"REF-123"_s,
                                 u"E-Mail von Meta, abgelegt unter DS-7"_s});
            QVERIFY(store.update(confirmed).isEmpty());
        }
        RecordStore reloaded(path);
        QVERIFY(reloaded.load().isEmpty());
        QCOMPARE(reloaded.records().size(), 2);
        const ObjectionRecord& read = reloaded.records().at(0);
        QVERIFY(!read.id.isEmpty());
        QVERIFY(read.recordedAt.isValid());
        QCOMPARE(read.accounts, first.accounts);
        QCOMPARE(read.sentText, first.sentText);
        QVERIFY(read.confirmationFor(read.accounts.at(0)).has_value());
        QCOMPARE(read.confirmationFor(read.accounts.at(0))->reference, u"REF-123"_s);
        QVERIFY(!read.confirmationFor(read.accounts.at(1)).has_value());
        ObjectionRecord expectedSecond = sampleRecord();
        expectedSecond.route = Route::OnlineForm;
        QCOMPARE(reloaded.records().at(1), expectedSecond);
        QVERIFY(reloaded.remove(read.id).isEmpty());
        RecordStore afterRemove(path);
        QVERIFY(afterRemove.load().isEmpty());
        QCOMPARE(afterRemove.records().size(), 1);
    }

    void states()
    {
        ObjectionRecord record = sampleRecord();
        QCOMPARE(record.state(QDate(2026, 12, 29)), RecordState::Sent);
        QCOMPARE(record.state(QDate(2026, 12, 30)), RecordState::NoAnswer);
        // One account confirmed: that one is done, the entry still needs action.
        record.confirmations.insert(ObjectionRecord::accountKey(record.accounts.at(0)),
                                    MetaConfirmation{QDate(2026, 12, 1), {}, {}});
        QCOMPARE(record.state(record.accounts.at(0), QDate(2027, 6, 1)), RecordState::Confirmed);
        QCOMPARE(record.state(record.accounts.at(1), QDate(2027, 6, 1)), RecordState::NoAnswer);
        QCOMPARE(record.state(QDate(2027, 6, 1)), RecordState::NoAnswer);
        // Written again: a new month of waiting, then no answer again.
        record.followUpSentOn = QDate(2027, 1, 4);
        QCOMPARE(record.state(QDate(2027, 2, 4)), RecordState::FollowUpSent);
        QCOMPARE(record.state(QDate(2027, 2, 5)), RecordState::NoAnswer);
        record.closedOn = QDate(2027, 3, 1);
        QCOMPARE(record.state(QDate(2027, 3, 1)), RecordState::Closed);
        QCOMPARE(record.state(record.accounts.at(0), QDate(2027, 3, 1)), RecordState::Confirmed);
        for (const Account& account : record.accounts)
            record.confirmations.insert(ObjectionRecord::accountKey(account), {});
        QCOMPARE(record.state(QDate(2027, 6, 1)), RecordState::Confirmed);
        // The same page written another way is the same account.
        Account same = record.accounts.at(0);
        same.address = u"HTTPS://www.Facebook.com/"_s + same.address.section(u'/', -1) + u"/"_s;
        QCOMPARE(ObjectionRecord::accountKey(same),
                 ObjectionRecord::accountKey(record.accounts.at(0)));
    }

    // A file of version 1 (one confirmation for the whole entry, "both"
    // routes in one entry) reads as every account confirmed.
    void versionOneFilesAreRead()
    {
        const QByteArray v1 =
            "{\"format\": \"ki-widerspruch-records\", \"version\": 1, \"records\": ["
            "{\"id\": \"a1\", \"recordedAt\": \"2025-06-02T08:00:00.000Z\", \"organisation\": "
            "\"Stadt Musterstadt\","
            "\"accounts\": [{\"platform\": \"facebook\", \"name\": \"Stadt\", \"address\": "
            "\"https://www.facebook.com/stadt\"},"
            "{\"platform\": \"instagram\", \"name\": \"Stadt IG\", \"address\": \"@stadt\"}],"
            "\"route\": \"both\", \"sentOn\": \"2025-06-02\", \"sentBy\": \"Max Muster\", "
            "\"letterLanguage\": \"de\","
            "\"sentText\": \"Text\", \"confirmation\": {\"received\": \"2025-06-20\", "
            "\"reference\": \"R-1\", \"note\": \"\"}}]}";
        const auto [records, error] = RecordStore::fromJson(v1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).route, Route::Both);
        QVERIFY(records.at(0).allConfirmed());
        QCOMPARE(records.at(0).confirmationFor(records.at(0).accounts.at(1))->reference, u"R-1"_s);
        // Written back as version 3, read again unchanged.
        const QByteArray v2 = RecordStore::toJson(records);
        QVERIFY(v2.contains("\"version\": 3"));
        QCOMPARE(RecordStore::fromJson(v2).first, records);
    }

    void versionTwoKeepsEvidenceAndFollowUps()
    {
        ObjectionRecord record = sampleRecord();
        record.route = Route::OnlineForm;
        record.adminLogin = u"m.muster@example.org"_s;
        record.followUpSentOn = QDate(2027, 1, 4);
        record.authorityInformedOn = QDate(2027, 2, 8);
        Attachment mail;
        mail.originalName = u"Bestätigung Meta.eml"_s;
        mail.storedName = record.id + u"/0123456789ab-Bestaetigung.eml"_s;
        mail.sha256 = QString(64, u'a');
        mail.size = 4711;
        mail.addedAt = QDateTime(QDate(2026, 12, 10), QTime(9, 30), QTimeZone::utc());
        mail.mailDate = QDateTime(QDate(2026, 12, 9), QTime(17, 2), QTimeZone::utc());
        mail.mailFrom = u"Facebook <noreply@facebookmail.com>"_s;
        mail.mailSubject = u"Dein Widerspruch"_s;
        mail.mailText = u"Hallo,\nwir haben deinen Widerspruch erhalten."_s;
        Attachment picture;
        picture.originalName = u"Formular.png"_s;
        picture.storedName = record.id + u"/ba9876543210-Formular.png"_s;
        picture.sha256 = QString(64, u'0');
        picture.size = 120000;
        picture.addedAt = mail.addedAt;
        record.attachments = {mail, picture};
        record.confirmations.insert(ObjectionRecord::accountKey(record.accounts.at(0)),
                                    MetaConfirmation{QDate(2026, 12, 9), u"FB-1"_s, {}});
        const auto [read, error] = RecordStore::fromJson(RecordStore::toJson({record}));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read.value(0), record);
        QVERIFY(!read.value(0).attachments.at(1).isMail());
    }

    // Fields the program relies on are checked and named, nothing is guessed.
    void damagedFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("named");
        QTest::newRow("stored name out of the folder")
            << u"\"stored\": \"x/a.png\""_s << u"\"stored\": \"../../.bashrc\""_s
            << u"records[0].attachments[0].stored"_s;
        QTest::newRow("hash") << u"\"sha256\": \""_s + QString(64, u'0') + u'"'
                              << u"\"sha256\": \"xyz\""_s << u"records[0].attachments[0].sha256"_s;
        QTest::newRow("size") << u"\"size\": 10"_s << u"\"size\": -1"_s
                              << u"records[0].attachments[0].size"_s;
        QTest::newRow("follow-up date")
            << u"\"followUpSentOn\": \"\""_s << u"\"followUpSentOn\": \"4.1.2027\""_s
            << u"records[0].followUpSentOn"_s;
        // Read as version 2 before, which would drop what version 3 keeps.
        const QString version = u"The field “version” must be a whole number from 1 to 3"_s;
        QTest::newRow("version missing") << u"\"version\": 3"_s << u"\"versions\": 3"_s << version;
        QTest::newRow("version as text")
            << u"\"version\": 3"_s << u"\"version\": \"3\""_s << version;
        QTest::newRow("version null") << u"\"version\": 3"_s << u"\"version\": null"_s << version;
        QTest::newRow("version fraction")
            << u"\"version\": 3"_s << u"\"version\": 2.5"_s << version;
        QTest::newRow("version zero") << u"\"version\": 3"_s << u"\"version\": 0"_s << version;
        QTest::newRow("version newer")
            << u"\"version\": 3"_s << u"\"version\": 4"_s << u"newer version"_s;
    }

    void damagedFieldsAreNamed()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, named);
        ObjectionRecord record = sampleRecord();
        Attachment picture;
        picture.originalName = u"a.png"_s;
        picture.storedName = u"x/a.png"_s;
        picture.sha256 = QString(64, u'0');
        picture.size = 10;
        picture.addedAt = QDateTime(QDate(2026, 12, 10), QTime(9, 30), QTimeZone::utc());
        record.attachments << picture;
        QString json = QString::fromUtf8(RecordStore::toJson({record}));
        QVERIFY2(json.contains(from), qPrintable(json));
        json.replace(from, to);
        const auto [read, error] = RecordStore::fromJson(json.toUtf8());
        QVERIFY(read.isEmpty());
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    // The record file's name is the program's: a link planted there is not
    // written through, and the message cannot ask for another name.
    void linkedRecordFileIsNotWrittenThrough()
    {
        const QString folder = m_dir.filePath(u"linked"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString elsewhere = folder + u"/elsewhere.json"_s;
        QVERIFY(TestFiles::writeFile(elsewhere, RecordStore::toJson({})));
        const QString path = folder + u"/records.json"_s;
        QVERIFY(QFile::link(elsewhere, path));
        RecordStore store(path);
        QVERIFY(store.load().isEmpty()); // read through the link, as any file
        const QString error = store.add(sampleRecord());
        QVERIFY2(error.contains(QDir::toNativeSeparators(path) + u" is a symbolic link"_s),
                 qPrintable(error));
        QVERIFY2(error.contains(u"replace the link by the file itself, or remove it"_s),
                 qPrintable(error));
        QVERIFY2(!error.contains(u"another name"_s), qPrintable(error));
        QVERIFY(QFileInfo(path).isSymLink());
        QCOMPARE(readAll(elsewhere), RecordStore::toJson({}));
    }

    // A record file saved again by an editor as UTF-16 or UTF-32 (Windows
    // editors call it "Unicode") is named as such, not as broken JSON.
    void wideEncodingIsNamed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString json = QString::fromUtf8(RecordStore::toJson({sampleRecord()}));
        const auto utf16 = [&json](bool bigEndian) {
            QByteArray bytes;
            for (const QChar c : json) {
                const char high = char(c.unicode() >> 8);
                const char low = char(c.unicode() & 0xff);
                bytes += bigEndian ? high : low;
                bytes += bigEndian ? low : high;
            }
            return bytes;
        };
        const auto utf32 = [&json](bool bigEndian) {
            QByteArray bytes;
            for (const char32_t c : json.toUcs4()) {
                for (int i = 0; i < 4; ++i)
                    bytes += char(c >> (8 * (bigEndian ? 3 - i : i)));
            }
            return bytes;
        };
        QTest::newRow("UTF-16 LE with mark") << "\xff\xfe" + utf16(false) << u"UTF-16"_s;
        QTest::newRow("UTF-16 BE with mark") << "\xfe\xff" + utf16(true) << u"UTF-16"_s;
        QTest::newRow("UTF-16 LE") << utf16(false) << u"UTF-16"_s;
        QTest::newRow("UTF-16 BE") << utf16(true) << u"UTF-16"_s;
        QTest::newRow("UTF-32 LE with mark")
            << QByteArray("\xff\xfe\0\0", 4) + utf32(false) << u"UTF-32"_s;
        QTest::newRow("UTF-32 BE with mark")
            << QByteArray("\0\0\xfe\xff", 4) + utf32(true) << u"UTF-32"_s;
        QTest::newRow("UTF-32 LE") << utf32(false) << u"UTF-32"_s;
        QTest::newRow("UTF-32 BE") << utf32(true) << u"UTF-32"_s;
    }

    void wideEncodingIsNamed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const QString hint = u"not UTF-8 text (it looks like %1)"_s.arg(encoding);
        const auto [records, error] = RecordStore::fromJson(bytes);
        QVERIFY(records.isEmpty());
        QVERIFY2(error.contains(hint), qPrintable(error));
        QVERIFY2(error.contains(u"save it as “UTF-8”"_s), qPrintable(error));

        const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/records.json"_s;
        QVERIFY(TestFiles::writeFile(path, bytes));
        RecordStore store(path);
        const QString loaded = store.load();
        QVERIFY2(loaded.contains(u"could not be read: it is "_s + hint), qPrintable(loaded));
        QVERIFY2(!loaded.contains(u"JSON"_s), qPrintable(loaded));
        QCOMPARE(readAll(path), bytes);
    }

    void unreadableFileIsKeptAndSetAside()
    {
        const QString folder = m_dir.filePath(u"broken"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/records.json"_s;
        const QByteArray broken = "{ \"format\": \"ki-widerspruch-records\", \"records\": [ {";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(broken);
        }
        RecordStore store(path);
        const QString error = store.load();
        QVERIFY(error.contains(u"could not be read"_s));
        QVERIFY(error.contains(u"line 1"_s));
        QCOMPARE(readAll(path), broken); // reading changed nothing
        QVERIFY(store.add(sampleRecord()).isEmpty());
        const QStringList kept =
            QDir(folder).entryList({u"records-unreadable-*.json"_s}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(readAll(folder + u'/' + kept.constFirst()), broken);
        RecordStore reloaded(path);
        QVERIFY(reloaded.load().isEmpty());
        QCOMPARE(reloaded.records().size(), 1);
    }

    // A data folder the user may not write to is said as such, not as
    // "another KI-Widerspruch is writing" (which retrying would never cure).
    void folderWithoutWritePermissionIsNamed()
    {
        if (geteuid() != 0)
            QSKIP("needs root to run the writer as the user nobody");
        const QString folder = u"/tmp/kiw-records-%1"_s.arg(QCoreApplication::applicationPid());
        QVERIFY(QDir().mkpath(folder));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadOther | QFile::ExeOther);
        QProcess adder;
        adder.start(u"setpriv"_s,
                    {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                     QStringLiteral(KIW_ADDER), folder + u"/records.json"_s, u"Verein"_s, u"1"_s});
        const bool finished = adder.waitForFinished(30000);
        const QString message = QString::fromUtf8(adder.readAllStandardError());
        QDir(folder).removeRecursively();
        if (!finished || adder.exitCode() == 126 || adder.exitCode() == 127)
            QSKIP("cannot run a process as the user nobody here");
        QCOMPARE(adder.exitCode(), 1);
        QVERIFY2(message.contains(u"access was denied"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"another KI-Widerspruch"_s), qPrintable(message));
    }

    void unwritableFolderGivesAMessageNotALoss()
    {
        // A file where the data folder should be: no folder can be made, even as root.
        const QString blocker = m_dir.filePath(u"blocker"_s);
        {
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        RecordStore store(blocker + u"/records.json"_s);
        QVERIFY(store.load().isEmpty());
        const QString error = store.add(sampleRecord());
        QVERIFY2(error.contains(u"could not be created"_s), qPrintable(error));
        QCOMPARE(store.records().size(), 1); // still held, shown and saved by the next change
    }

    void twoInstancesRecordingAtOnceLoseNothing()
    {
        const QString path = m_dir.filePath(u"shared/records.json"_s);
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(KIW_ADDER), {path, u"Erste"_s, u"40"_s});
        second.start(QStringLiteral(KIW_ADDER), {path, u"Zweite"_s, u"40"_s});
        QVERIFY(first.waitForFinished(60000));
        QVERIFY(second.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        RecordStore store(path);
        QVERIFY(store.load().isEmpty());
        QCOMPARE(store.records().size(), 80);
        QSet<QString> ids;
        for (const ObjectionRecord& record : store.records())
            ids.insert(record.id);
        QCOMPARE(ids.size(), 80);
    }

    // A window whose entry could not be written because another window held
    // the file too long keeps it and writes it with its next change – on top
    // of what the other window wrote meanwhile, not over it.
    void entryHeldWhileLockedDoesNotOverwriteTheOtherWindows()
    {
        const QString path = m_dir.filePath(u"held/records.json"_s);
        RecordStore first(path);
        ObjectionRecord early = sampleRecord();
        early.id.clear();
        early.organisation = u"Erster Eintrag"_s;
        {
            QLockFile otherWindow(path + u".lock"_s);
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QVERIFY(otherWindow.lock());
            QVERIFY(first.add(early).contains(u"another KI-Widerspruch"_s)); // after 10 s
            QVERIFY(first.hasUnsavedChange());
        }
        RecordStore second(path);
        ObjectionRecord other = sampleRecord();
        other.id.clear();
        other.organisation = u"Eintrag des anderen Fensters"_s;
        QVERIFY(second.add(other).isEmpty());
        ObjectionRecord later = sampleRecord();
        later.id.clear();
        later.organisation = u"Zweiter Eintrag"_s;
        QVERIFY(first.add(later).isEmpty());
        QVERIFY(!first.hasUnsavedChange());
        RecordStore reread(path);
        QVERIFY(reread.load().isEmpty());
        QStringList names;
        for (const ObjectionRecord& record : reread.records())
            names << record.organisation;
        QCOMPARE(names, QStringList({u"Eintrag des anderen Fensters"_s, u"Erster Eintrag"_s,
                                     u"Zweiter Eintrag"_s}));
    }

    void crashDuringAWriteLeavesTheOldRecordsIntact()
    {
        const QString path = m_dir.filePath(u"crash-records.json"_s);
        {
            RecordStore store(path);
            QVERIFY(store.add(sampleRecord()).isEmpty());
        }
        const QByteArray before = readAll(path);

        QProcess crasher;
        crasher.start(QStringLiteral(KIW_CRASHER), {path});
        QVERIFY(crasher.waitForStarted());
        QVERIFY(crasher.waitForReadyRead(10000));
        QCOMPARE(crasher.readLine().trimmed(), QByteArray("writing"));
        crasher.kill(); // SIGKILL: no cleanup, as in a power cut or crash
        QVERIFY(crasher.waitForFinished());

        QCOMPARE(readAll(path), before);
        RecordStore reloaded(path);
        QVERIFY(reloaded.load().isEmpty());
        QCOMPARE(reloaded.records(), QList<ObjectionRecord>{sampleRecord()});
    }
};

QTEST_GUILESS_MAIN(RecordStoreTest)
#include "RecordStoreTest.moc"
