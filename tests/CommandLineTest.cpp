#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "PopplerTools.h"
#include "ProfileFile.h"
#include "ProgramRunner.h"
#include "RecordArchive.h"
#include "RecordStore.h"
#include "SampleRecords.h"
#include "SampleRequests.h"
#include "TestFiles.h"

using namespace Qt::StringLiterals;

// The command line, run as a user or a script would: the real binary, with no
// display and no window server (DISPLAY and QT_QPA_PLATFORM removed).
class CommandLineTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    using Result = ProgramRunner::Result;
    static Result run(const QStringList& arguments) { return ProgramRunner::run(arguments); }

    QString writeProfile(const QString& name, const ObjectionRequest& request)
    {
        const QString path = m_dir.filePath(name);
        return ProfileFile::write(path, request).isEmpty() ? path : QString();
    }

    static QByteArray readAll(const QString& path) { return TestFiles::readAll(path); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpAndVersionWithoutDisplay()
    {
        const Result help = run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const char* option : {"--profile", "--pdf", "--text", "--out-dir", "--letter-lang",
                                   "--date", "--lang", "Exit codes"})
            QVERIFY2(help.out.contains(option), option);
        const Result version = run({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(KIW_VERSION));
    }

    void wrongUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"bogus"_s;
        QTest::newRow("pdf without profile")
            << QStringList{u"--pdf"_s, u"x.pdf"_s} << u"needs a profile"_s;
        QTest::newRow("bad date") << QStringList{u"--profile"_s, u"p"_s,      u"--pdf"_s,
                                                 u"x"_s,         u"--date"_s, u"29.11.2026"_s}
                                  << u"not a date"_s;
        QTest::newRow("no such day")
            << QStringList{u"--profile"_s, u"p"_s, u"--pdf"_s, u"x"_s, u"--date"_s, u"2026-02-29"_s}
            << u"no day “2026-02-29”"_s;
        QTest::newRow("bad letter language")
            << QStringList{u"--profile"_s, u"p"_s, u"--pdf"_s, u"x"_s, u"--letter-lang"_s, u"fr"_s}
            << u"letter language"_s;
        QTest::newRow("bad ui language") << QStringList{u"--lang"_s, u"xx"_s} << u"“xx”"_s;
        QTest::newRow("pdf and out-dir")
            << QStringList{u"--profile"_s, u"p"_s, u"--pdf"_s, u"x"_s, u"--out-dir"_s, u"d"_s}
            << u"--out-dir"_s;
        QTest::newRow("two profiles to one pdf")
            << QStringList{u"--profile"_s, u"a"_s, u"--profile"_s, u"b"_s, u"--pdf"_s, u"x"_s}
            << u"--out-dir"_s;
        QTest::newRow("follow-ups without folder")
            << QStringList{u"--profile"_s, u"a"_s, u"--follow-ups"_s} << u"--out-dir"_s;
        QTest::newRow("record without follow-ups")
            << QStringList{u"--profile"_s, u"a"_s, u"--out-dir"_s, u"x"_s, u"--record"_s, u"r"_s}
            << u"--follow-ups"_s;
        QTest::newRow("stray argument") << QStringList{u"profile.json"_s} << u"--profile"_s;
    }

    void wrongUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    }

    // A letter and the online form of one of its accounts, both a month
    // without answer: one follow-up, the letter's, which names that account
    // too – not a second one for the form.
    void oneFollowUpForALetterAndItsForm()
    {
        const QString profile = writeProfile(u"letter-and-form.json"_s, sampleRequest());
        ObjectionRecord letter = sampleRecord();
        letter.route = Route::Letter;
        ObjectionRecord form = sampleRecord();
        form.id = u"form-entry"_s;
        form.route = Route::OnlineForm;
        form.adminLogin = u"erika.mustermann@musterstadt.de"_s;
        form.accounts = {letter.accounts.at(1)};
        const QString record = m_dir.filePath(u"records-letter-and-form.json"_s);
        QVERIFY(TestFiles::writeFile(record, RecordStore::toJson({letter, form})));
        const QString out = m_dir.filePath(u"follow-ups-letter-and-form"_s);
        const Result result = run({u"--profile"_s, profile, u"--out-dir"_s, out, u"--follow-ups"_s,
                                   u"--record"_s, record, u"--date"_s, u"2027-01-05"_s});
        QCOMPARE(result.exitCode, 0);
        const QStringList files = QDir(out).entryList({u"*.pdf"_s}, QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString text = PopplerTools::rawText(QDir(out).filePath(files.constFirst()));
        QVERIFY2(text.contains(letter.accounts.at(1).name), qPrintable(text));
        QVERIFY2(!text.contains(u"Online-Formular"_s), qPrintable(text)); // the letter's
    }

    // --follow-ups: a follow-up letter for each entry of the organisation that
    // has had no answer for a month, from a record that is only read.
    void followUpLettersFromTheRecord()
    {
        const QString profile = writeProfile(u"follow.json"_s, sampleRequest());
        ObjectionRecord due = sampleRecord();
        due.sentOn = QDate(2026, 11, 30);
        // The online form of the first account, confirmed: that account is
        // named as confirmed in the letter's follow-up, and the form needs none.
        ObjectionRecord confirmed = sampleRecord();
        confirmed.id = u"confirmed-entry"_s;
        confirmed.route = Route::OnlineForm;
        confirmed.accounts = {due.accounts.at(0)};
        confirmed.confirmations.insert(ObjectionRecord::accountKey(due.accounts.at(0)),
                                       MetaConfirmation{QDate(2026, 12, 10), u"FB-CONF"_s, {}});
        // Entries of other accounts, written to again or told to an authority
        // (of the same accounts, their follow-up would cover the due one too).
        const Account archive{Platform::Facebook, u"Stadtarchiv"_s,
                              u"https://www.facebook.com/stadtarchiv"_s};
        ObjectionRecord followedUp = sampleRecord();
        followedUp.id = u"followed-up"_s;
        followedUp.accounts = {archive};
        followedUp.followUpSentOn = QDate(2026, 12, 31);
        ObjectionRecord informed = sampleRecord();
        informed.id = u"authority-informed"_s;
        informed.accounts = {archive};
        informed.authorityInformedOn = QDate(2027, 1, 2);
        ObjectionRecord other = sampleRecord();
        other.id = u"other-organisation"_s;
        other.organisation = u"Anderer Verein e. V."_s;
        const QString record = m_dir.filePath(u"records-follow.json"_s);
        const QByteArray json = RecordStore::toJson({due, confirmed, followedUp, informed, other});
        QVERIFY(TestFiles::writeFile(record, json));
        const QString out = m_dir.filePath(u"follow-ups"_s);
        const Result early = run({u"--profile"_s, profile, u"--out-dir"_s, out, u"--follow-ups"_s,
                                  u"--record"_s, record, u"--date"_s, u"2026-12-30"_s});
        QCOMPARE(early.exitCode, 0);
        QVERIFY2(early.err.contains(u"needs a follow-up letter on 30 Dec 2026"_s),
                 qPrintable(early.err));
        QVERIFY(QDir(out).entryList(QDir::Files).isEmpty());

        const Result result = run({u"--profile"_s, profile, u"--out-dir"_s, out, u"--follow-ups"_s,
                                   u"--record"_s, record, u"--date"_s, u"2027-01-05"_s});
        QCOMPARE(result.exitCode, 0);
        const QStringList files = QDir(out).entryList({u"*.pdf"_s}, QDir::Files);
        QCOMPARE(files.size(), 1); // not the confirmed, followed-up, escalated or other one
        QVERIFY2(files.constFirst().startsWith(u"Nachfassen"_s), qPrintable(files.constFirst()));
        const QString text = PopplerTools::rawText(QDir(out).filePath(files.constFirst()));
        QVERIFY(text.contains(u"30.11.2026"_s));
        QVERIFY(text.contains(u"05.01.2027"_s));
        for (const Account& account : due.accounts)
            QVERIFY2(text.contains(account.name), qPrintable(account.name));
        QVERIFY2(text.contains(u"FB-CONF"_s), qPrintable(text));
        QCOMPARE(readAll(record), json); // only read
        // Entries of earlier versions kept no copy of what was sent: said so.
        QVERIFY2(result.err.contains(u"was recorded by an earlier version"_s),
                 qPrintable(result.err));

        // A damaged record: said with the field, nothing written.
        QByteArray damaged = json;
        damaged.replace("\"sentOn\": \"2026-11-30\"", "\"sentOn\": \"30.11.2026\"");
        QVERIFY(damaged != json);
        QVERIFY(TestFiles::writeFile(record, damaged));
        const QString out2 = m_dir.filePath(u"follow-ups-2"_s);
        const Result bad = run({u"--profile"_s, profile, u"--out-dir"_s, out2, u"--follow-ups"_s,
                                u"--record"_s, record, u"--date"_s, u"2027-01-05"_s});
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(bad.err.contains(u"records[0].sentOn"_s), qPrintable(bad.err));
        QVERIFY(QDir(out2).entryList(QDir::Files).isEmpty());
        // A folder where the record should be.
        const Result folder = run({u"--profile"_s, profile, u"--out-dir"_s, out2, u"--follow-ups"_s,
                                   u"--record"_s, m_dir.path(), u"--date"_s, u"2027-01-05"_s});
        QCOMPARE(folder.exitCode, 3);
    }

    // Without --record: the program's database, opened read-only and never
    // changed; with --record an export folder is checked like an import.
    void followUpLettersFromTheDatabaseAndAnExport()
    {
        const QString profile = writeProfile(u"follow-db.json"_s, sampleRequest());
        // Where the program (not in test mode) keeps it in this run's home.
        const QString database = qEnvironmentVariable("XDG_DATA_HOME") +
                                 u"/KI-Widerspruch/ki-widerspruch/records.sqlite"_s;
        ObjectionRecord due = sampleRecord();
        due.sentOn = QDate(2026, 11, 30);
        ObjectionRecord second = sampleRecord();
        second.id = u"second-entry"_s;
        second.sentOn = QDate(2026, 11, 28);
        {
            RecordStore store(database);
            QVERIFY(store.add(due).isEmpty());
            QVERIFY(store.add(second).isEmpty());
        }
        const QByteArray before = readAll(database);
        const QString out = m_dir.filePath(u"follow-db"_s);
        const Result result = run({u"--profile"_s, profile, u"--out-dir"_s, out, u"--follow-ups"_s,
                                   u"--date"_s, u"2027-01-05"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(QDir(out).entryList({u"*.pdf"_s}, QDir::Files).size(), 2);
        QVERIFY2(result.err.contains(u"2 follow-up letter(s) written"_s), qPrintable(result.err));
        QCOMPARE(readAll(database), before);

        // The same from an export of it.
        const QString exported = m_dir.filePath(u"export-for-cli"_s);
        {
            RecordStore store(database);
            QCOMPARE(RecordArchive::write(store, exported), QString());
        }
        const QString out2 = m_dir.filePath(u"follow-export"_s);
        const Result fromExport =
            run({u"--profile"_s, profile, u"--out-dir"_s, out2, u"--follow-ups"_s, u"--record"_s,
                 exported, u"--date"_s, u"2027-01-05"_s});
        QVERIFY2(fromExport.exitCode == 0, qPrintable(fromExport.err));
        QCOMPARE(QDir(out2).entryList({u"*.pdf"_s}, QDir::Files).size(), 2);
        // An entry that names no account gives no letter naming none: the
        // file is refused with the field.
        ObjectionRecord empty = sampleRecord();
        empty.accounts.clear();
        const QString record = m_dir.filePath(u"records-no-accounts.json"_s);
        QVERIFY(TestFiles::writeFile(record, RecordStore::toJson({empty})));
        const QString out3 = m_dir.filePath(u"follow-empty"_s);
        const Result none = run({u"--profile"_s, profile, u"--out-dir"_s, out3, u"--follow-ups"_s,
                                 u"--record"_s, record, u"--date"_s, u"2027-01-05"_s});
        QCOMPARE(none.exitCode, 3);
        QVERIFY2(none.err.contains(u"records[0].accounts"_s), qPrintable(none.err));
        QVERIFY(QDir(out3).entryList(QDir::Files).isEmpty());
        // Two profiles, one broken: the count is of letters, not profiles.
        const QString broken = m_dir.filePath(u"broken-profile.json"_s);
        QVERIFY(TestFiles::writeFile(broken, "{"));
        const QString out4 = m_dir.filePath(u"follow-count"_s);
        const Result counted = run({u"--profile"_s, profile, u"--profile"_s, broken, u"--out-dir"_s,
                                    out4, u"--follow-ups"_s, u"--date"_s, u"2027-01-05"_s});
        QCOMPARE(counted.exitCode, 3);
        QVERIFY2(counted.err.contains(u"2 of 2 follow-up letter(s) written"_s),
                 qPrintable(counted.err));
    }

    void exportsAPdfWithoutDisplay()
    {
        const QString profile = writeProfile(u"one.json"_s, sampleRequest());
        const QString pdf = m_dir.filePath(u"one.pdf"_s);
        const Result result = run({u"--profile"_s, profile, u"--pdf"_s, pdf});
        QCOMPARE(result.exitCode, 0);
        const QString text = PopplerTools::rawText(pdf);
        QVERIFY(text.contains(u"Meta Platforms Ireland Limited"_s));
        QVERIFY(text.contains(u"Mit freundlichen Grüßen"_s));
        QVERIFY(text.contains(QDate::currentDate().toString(u"dd.MM.yyyy"_s)));
    }

    void warnsOfCharactersNoFontHas()
    {
        ObjectionRequest request = sampleRequest();
        request.organisation.name = u"Verein \U000F0001"_s;
        const QString profile = writeProfile(u"box.json"_s, request);
        const QString pdf = m_dir.filePath(u"box.pdf"_s);
        const Result result = run({u"--profile"_s, profile, u"--pdf"_s, pdf, u"--lang"_s, u"en"_s});
        QCOMPARE(result.exitCode, 0); // written all the same: a warning, not an error
        QVERIFY(QFile::exists(pdf));
        QVERIFY2(
            result.err.contains(u"box.json: No font on this computer has these characters"_s) &&
                result.err.contains(u"\U000F0001"_s),
            qPrintable(result.err));
        const Result plain = run({u"--profile"_s, writeProfile(u"plain.json"_s, sampleRequest()),
                                  u"--pdf"_s, m_dir.filePath(u"plain.pdf"_s)});
        QVERIFY2(!plain.err.contains(u"font"_s), qPrintable(plain.err));
    }

    // A letter with names in every script the package has fonts for
    // (tests/data/every-script-profile.json), run as cron would: no
    // XDG_RUNTIME_DIR. Nothing on the standard error – neither Qt's notes nor
    // a warning of characters no font has – and every name reads back.
    void everyScriptPrintsQuietlyAndReadsBack()
    {
        const QString profile = QFINDTESTDATA("data/every-script-profile.json");
        QVERIFY(!profile.isEmpty());
        QProcessEnvironment environment = ProgramRunner::environment();
        environment.remove(u"XDG_RUNTIME_DIR"_s);
        const QString pdf = m_dir.filePath(u"every-script.pdf"_s);
        const Result result = ProgramRunner::run(
            {u"--profile"_s, profile, u"--pdf"_s, pdf, u"--date"_s, u"2026-11-29"_s}, 120000,
            environment);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        const QString text = PopplerTools::readingText(pdf);
        for (const QString& name : {u"الجمعية الثقافية"_s, u"לאה כהן"_s, u"Γραμματέας"_s,
                                    u"секретарь"_s, u"日本語 中文 한국어"_s, u"🎉🌻"_s, u"हिन्दी"_s,
                                    u"ภาษาไทย"_s, u"Հայերեն"_s, u"ქართული"_s, u"አማርኛ"_s})
            QVERIFY2(text.contains(name), qPrintable(name + u" not in: "_s + text));
    }

    // A server with no font at all (cmake --install without the package's
    // dependencies): every character would be a box. The letter is written,
    // and the warning says so, with the first characters and how many more.
    void warnsWhenNoFontIsInstalled()
    {
        QFile config(m_dir.filePath(u"no-fonts.conf"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                     "<fontconfig><dir>" +
                     m_dir.filePath(u"no-fonts"_s).toUtf8() + "</dir><cachedir>" +
                     m_dir.filePath(u"no-fonts-cache"_s).toUtf8() + "</cachedir></fontconfig>\n");
        config.close();
        QProcessEnvironment environment = ProgramRunner::environment();
        environment.insert(u"FONTCONFIG_FILE"_s, config.fileName());
        const QString pdf = m_dir.filePath(u"no-fonts.pdf"_s);
        const Result result =
            ProgramRunner::run({u"--profile"_s, writeProfile(u"no-fonts.json"_s, sampleRequest()),
                                u"--pdf"_s, pdf, u"--lang"_s, u"en"_s},
                               120000, environment);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QFile::exists(pdf));
        QVERIFY2(result.err.contains(u"No font on this computer has these characters"_s) &&
                     result.err.contains(u"(U+0061)"_s) && result.err.contains(u" more"_s),
                 qPrintable(result.err));
    }

    // Over SSH LANG often names a locale the server has not generated; Qt
    // 6.8 then says it switched to C.UTF-8. The letter is still written, and
    // nothing but the program's own messages reaches the standard error.
    void quietWithALocaleTheSystemLacks()
    {
        const QString profile = writeProfile(u"locale.json"_s, sampleRequest());
        QProcessEnvironment environment = ProgramRunner::environment();
        environment.insert(u"LANG"_s, u"xx_XX.UTF-8"_s);
        environment.remove(u"LC_ALL"_s);
        environment.remove(u"LC_CTYPE"_s);
        const Result result =
            ProgramRunner::run({u"--profile"_s, profile, u"--text"_s, u"-"_s}, 120000, environment);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY(QString::fromUtf8(result.out).contains(u"DSGVO"_s));
    }

    void textToStandardOutputInEnglish()
    {
        const QString profile = writeProfile(u"text.json"_s, sampleRequest());
        const Result result = run({u"--profile"_s, profile, u"--text"_s, u"-"_s, u"--letter-lang"_s,
                                   u"en"_s, u"--date"_s, u"2026-11-29"_s});
        QCOMPARE(result.exitCode, 0);
        const QString text = QString::fromUtf8(result.out);
        QVERIFY(text.startsWith(u"Objection to the use of the content of our accounts"_s));
        QVERIFY(text.contains(u"Yours faithfully,"_s));
        QVERIFY(!text.contains(u"Merrion Road"_s)); // the form text has no address block
    }

    void badInputFile()
    {
        const QString broken = m_dir.filePath(u"broken.json"_s);
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{ \"format\": ");
        }
        const Result english =
            run({u"--profile"_s, broken, u"--pdf"_s, m_dir.filePath(u"b.pdf"_s)});
        QCOMPARE(english.exitCode, 3);
        QVERIFY2(english.err.contains(u"broken.json: The file is not valid JSON"_s),
                 qPrintable(english.err));
        const Result german = run(
            {u"--lang"_s, u"de"_s, u"--profile"_s, broken, u"--pdf"_s, m_dir.filePath(u"b.pdf"_s)});
        QCOMPARE(german.exitCode, 3);
        QVERIFY2(german.err.contains(u"kein gültiges JSON"_s), qPrintable(german.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"b.pdf"_s)));
    }

    // The wizard's rule on the command line: no letter that asks Meta to answer
    // "to ." or names no account; the field is named as in the profile.
    void incompleteProfileIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("german");
        const auto add = [](const char* field, const char* german) {
            QTest::newRow(field) << QString::fromUtf8(field) << QString::fromUtf8(german);
        };
        add("organisation.name", "Namen der Organisation");
        add("organisation.contactName", "Ansprechperson");
        add("organisation.email", "E-Mail-Adresse");
        add("accounts", "mindestens eine Facebook-Seite");
        add("accounts[1].name", "Jedes Konto braucht seinen Namen");
    }

    void incompleteProfileIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, german);
        ObjectionRequest request = sampleRequest();
        if (field == "organisation.name"_L1)
            request.organisation.name = u"  "_s;
        else if (field == "organisation.contactName"_L1)
            request.organisation.contactName.clear();
        else if (field == "organisation.email"_L1)
            request.organisation.email.clear();
        else if (field == "accounts"_L1)
            request.accounts.clear();
        else
            request.accounts[1].name.clear();
        const QString profile = writeProfile(u"incomplete.json"_s, request);
        const QString text = m_dir.filePath(u"incomplete.txt"_s);
        const Result english = run({u"--profile"_s, profile, u"--text"_s, text});
        QCOMPARE(english.exitCode, 3);
        QVERIFY2(english.err.contains(u"incomplete.json: "_s + field + u": the letter needs"_s) ||
                     english.err.contains(u"incomplete.json: "_s + field + u": every account"_s),
                 qPrintable(english.err));
        QVERIFY(!QFile::exists(text));
        const Result inGerman =
            run({u"--lang"_s, u"de"_s, u"--profile"_s, profile, u"--text"_s, u"-"_s});
        QCOMPARE(inGerman.exitCode, 3);
        QVERIFY(inGerman.out.isEmpty());
        QVERIFY2(inGerman.err.contains(field + u": "_s) && inGerman.err.contains(german),
                 qPrintable(inGerman.err));
        if (field != "accounts"_L1)
            return;
        // In a batch: the others are written, and the summary counts every profile.
        const QString folder = m_dir.filePath(u"incomplete-batch"_s);
        const Result batch =
            run({u"--profile"_s, profile, u"--profile"_s,
                 writeProfile(u"complete-batch.json"_s, sampleRequest()), u"--out-dir"_s, folder});
        QCOMPARE(batch.exitCode, 3);
        QVERIFY2(batch.err.contains(u"1 of 2 letter(s) written to"_s), qPrintable(batch.err));
        QCOMPARE(QDir(folder).entryList({u"*.pdf"_s}).size(), 1);
    }

    // A post's address in a profile: refused as in the wizard, naming the
    // page it belongs to, so the author of the profile can put that in.
    void postAddressIsRefusedWithThePage()
    {
        ObjectionRequest request = sampleRequest();
        request.accounts[0].platform = Platform::Facebook;
        request.accounts[0].address =
            u"https://www.facebook.com/FoerdervereinAmBach/posts/pfbid02abc?__tn__=R"_s;
        const QString profile = writeProfile(u"post.json"_s, request);
        const QString text = m_dir.filePath(u"post.txt"_s);
        const Result english = run({u"--profile"_s, profile, u"--text"_s, text});
        QCOMPARE(english.exitCode, 3);
        QVERIFY2(english.err.contains(u"accounts[0].address: "_s) &&
                     english.err.contains(
                         u"Did you mean https://www.facebook.com/FoerdervereinAmBach?"_s),
                 qPrintable(english.err));
        QVERIFY(!QFile::exists(text));
        const Result german =
            run({u"--lang"_s, u"de"_s, u"--profile"_s, profile, u"--text"_s, u"-"_s});
        QCOMPARE(german.exitCode, 3);
        QVERIFY2(
            german.err.contains(u"Meinten Sie https://www.facebook.com/FoerdervereinAmBach?"_s),
            qPrintable(german.err));
    }

    // Written all the same, with a warning: no postal address (a registered
    // letter cannot come back), German words in an English letter.
    void warnsOfMissingAddressAndGermanInEnglish()
    {
        ObjectionRequest request = sampleRequest();
        request.organisation.street.clear();
        request.organisation.city.clear();
        request.options.letterLanguage = u"en"_s;
        request.options.ownGrounds = u"Wir sind ein gemeinnütziger Verein."_s;
        const QString profile = writeProfile(u"noaddress.json"_s, request);
        const QString pdf = m_dir.filePath(u"noaddress.pdf"_s);
        const Result result = run({u"--lang"_s, u"en"_s, u"--profile"_s, profile, u"--pdf"_s, pdf});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QFile::exists(pdf));
        QVERIFY2(result.err.contains(u"noaddress.json: The letter has no postal address"_s),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(u"seem to be in German (your own grounds"_s),
                 qPrintable(result.err));
        const Result complete =
            run({u"--profile"_s, writeProfile(u"complete.json"_s, sampleRequest()), u"--pdf"_s,
                 m_dir.filePath(u"complete.pdf"_s)});
        QCOMPARE(complete.exitCode, 0);
        QVERIFY2(complete.err.isEmpty(), qPrintable(complete.err));
    }

    // A postcode that does not fit the country is said on stderr, in the
    // language asked for; the letter is written all the same.
    void warnsOfAPostcodeThatDoesNotFitTheCountry()
    {
        ObjectionRequest request = sampleRequest();
        request.organisation.postcode = u"Jonas Weber"_s;
        const QString profile = writeProfile(u"postcode.json"_s, request);
        const QString pdf = m_dir.filePath(u"postcode.pdf"_s);
        const Result result = run({u"--lang"_s, u"en"_s, u"--profile"_s, profile, u"--pdf"_s, pdf});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QFile::exists(pdf));
        QVERIFY2(result.err.contains(u"postcode.json: The postcode “Jonas Weber” does not fit the "
                                     u"country “Deutschland”"_s),
                 qPrintable(result.err));
        QVERIFY(PopplerTools::readingText(pdf).contains(u"Jonas Weber"_s));
    }

    void cannotWrite()
    {
        const QString profile = writeProfile(u"write.json"_s, sampleRequest());
        const Result result =
            run({u"--profile"_s, profile, u"--pdf"_s, m_dir.filePath(u"missing-folder/x.pdf"_s)});
        QCOMPARE(result.exitCode, 4);
        QVERIFY(result.err.contains(u"missing-folder"_s));
    }

    void batchSkipsBadProfilesAndKeepsNamesApart()
    {
        ObjectionRequest escaping = sampleRequest();
        escaping.organisation.name = u"../../etc/passwd"_s;
        ObjectionRequest device = sampleRequest();
        device.organisation.name = u"CON"_s;
        const QStringList profiles{
            writeProfile(u"b1.json"_s, sampleRequest()),
            writeProfile(u"b2.json"_s, sampleRequest()), // same name as b1
            m_dir.filePath(u"does-not-exist.json"_s),
            writeProfile(u"b3.json"_s, escaping),
            writeProfile(u"b4.json"_s, device),
        };
        QStringList arguments;
        for (const QString& profile : profiles)
            arguments << u"--profile"_s << profile;
        const QString out = m_dir.filePath(u"batch"_s);
        arguments << u"--out-dir"_s << out << u"--date"_s << u"2026-11-29"_s;
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(u"does-not-exist.json"_s), qPrintable(result.err));
        const QStringList written = QDir(out).entryList(QDir::Files, QDir::Name);
        QCOMPARE(written,
                 (QStringList{u"Widerspruch-KI-Training-CON-2026-11-29.pdf"_s,
                              u"Widerspruch-KI-Training-CON-2026-11-29.txt"_s,
                              u"Widerspruch-KI-Training-Stadt-Musterstadt-2026-11-29-2.pdf"_s,
                              u"Widerspruch-KI-Training-Stadt-Musterstadt-2026-11-29-2.txt"_s,
                              u"Widerspruch-KI-Training-Stadt-Musterstadt-2026-11-29.pdf"_s,
                              u"Widerspruch-KI-Training-Stadt-Musterstadt-2026-11-29.txt"_s,
                              u"Widerspruch-KI-Training-etc-passwd-2026-11-29.pdf"_s,
                              u"Widerspruch-KI-Training-etc-passwd-2026-11-29.txt"_s}));
        QVERIFY(PopplerTools::rawText(out + u"/Widerspruch-KI-Training-etc-passwd-2026-11-29.pdf"_s)
                    .contains(u"../../etc/passwd"_s));
    }

    void sameInputAndDateGiveTheSameBytes()
    {
        const QString profile = writeProfile(u"repro.json"_s, sampleRequest());
        QList<QByteArray> pdfs;
        QList<QByteArray> texts;
        for (const QString& name : {u"r1"_s, u"r2"_s}) {
            const QString out = m_dir.filePath(name);
            const Result result =
                run({u"--profile"_s, profile, u"--out-dir"_s, out, u"--date"_s, u"2026-11-29"_s});
            QCOMPARE(result.exitCode, 0);
            const QString stem = out + u"/Widerspruch-KI-Training-Stadt-Musterstadt-2026-11-29"_s;
            pdfs << readAll(stem + u".pdf"_s);
            texts << readAll(stem + u".txt"_s);
            QTest::qWait(1100); // a different second, so a clock in the file would show
        }
        QVERIFY(!pdfs.at(0).isEmpty());
        QCOMPARE(pdfs.at(0), pdfs.at(1));
        QCOMPARE(texts.at(0), texts.at(1));
        QVERIFY(
            PopplerTools::run(
                u"pdfinfo"_s,
                {m_dir.filePath(u"r1/Widerspruch-KI-Training-Stadt-Musterstadt-2026-11-29.pdf"_s)})
                .contains(u"Nov 29 00:00:00 2026"_s));
    }

    // Qt writes its creation date with the local offset: in Berlin and in New
    // York the file is the same from run to run, and every date in it names
    // the same moment, midnight UTC of --date.
    void sameBytesInATimeZoneAndOneMomentInEveryRevision()
    {
        const QString profile = writeProfile(u"zone.json"_s, sampleRequest());
        for (const QString& zone : {u"Europe/Berlin"_s, u"America/New_York"_s}) {
            QProcessEnvironment env = ProgramRunner::environment();
            env.insert(u"TZ"_s, zone);
            QList<QByteArray> pdfs;
            for (const QString& name : {u"a.pdf"_s, u"b.pdf"_s}) {
                const QString out = m_dir.filePath(zone.section(u'/', 1) + name);
                QCOMPARE(ProgramRunner::run({u"--profile"_s, profile, u"--pdf"_s, out, u"--date"_s,
                                             u"2026-03-15"_s},
                                            120000, env)
                             .exitCode,
                         0);
                pdfs << readAll(out);
                QTest::qWait(1100);
            }
            QCOMPARE(pdfs.at(0), pdfs.at(1));
            static const QRegularExpression date(
                u"/CreationDate \\(D:(\\d{14})(Z|([+-])(\\d\\d)'(\\d\\d)')\\)"_s);
            int dates = 0;
            for (auto it = date.globalMatch(QString::fromLatin1(pdfs.at(0))); it.hasNext();) {
                const auto match = it.next();
                QDateTime moment = QDateTime::fromString(match.captured(1), u"yyyyMMddHHmmss"_s);
                moment.setTimeZone(QTimeZone::utc());
                if (match.captured(2) != u"Z"_s)
                    moment = moment.addSecs(
                        -(match.captured(4).toInt() * 60 + match.captured(5).toInt()) * 60 *
                        (match.captured(3) == u"-"_s ? -1 : 1));
                QCOMPARE(moment, QDateTime(QDate(2026, 3, 15), QTime(0, 0), QTimeZone::utc()));
                ++dates;
            }
            QCOMPARE(dates, 2); // Qt's and the program's
        }
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "CommandLineTest.moc"
