#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "AppTranslations.h"
#include "DialogSeams.h"
#include "FileAccess.h"
#include "ObjectionWizard.h"
#include "ProfileFile.h"
#include "RecordStore.h"
#include "SampleRequests.h"
#include "TestFiles.h"
#include "WizardDriver.h"

using namespace Qt::StringLiterals;
using namespace WizardDriver;

Q_DECLARE_METATYPE(ObjectionRequest)

namespace {
const QString entriesKey = u"entries/last"_s;

using TestFiles::readAll;

QString appData()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QStringList setAsideFiles()
{
    return QDir(appData()).entryList({u"remembered-entries-*.kiw.json"_s}, QDir::Files);
}

// Windows has no FIFOs in its file system (its named pipes live in \\.\pipe\,
// never at a path): the cases that need one do not exist there.
#ifdef Q_OS_WIN
#define KIW_NEEDS_FIFO() QSKIP("Windows has no FIFOs in its file system")
#else
#define KIW_NEEDS_FIFO() static_cast<void>(0)
#endif

bool makeFifo(const QString& path)
{
    QFile::remove(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) &&
           QProcess::execute(u"mkfifo"_s, {path}) == 0;
}

// The sample profile with one field replaced (raw JSON, as a newer version or
// a damaged disk might have left it).
QByteArray sampleWith(const QByteArray& from, const QByteArray& to)
{
    QByteArray json = ProfileFile::toJson(sampleRequest());
    return json.replace(from, to);
}
} // namespace

// What the program keeps between runs – remembered entries, its settings
// file, the record of objections – and profiles the user opens, when they are
// damaged or not files at all: nothing is lost, nothing hangs, the user is told.
class StoredFilesGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateFromUserFiles();
        QVERIFY(AppTranslations::install(qApp, u"en"_s));
    }

    void init()
    {
        startClean();
        QDir(appData()).removeRecursively();
        QFile::remove(appData());
        QVERIFY(QDir().mkpath(appData()));
    }

    void rememberedEntriesThatFailACheckAreKept_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<ObjectionRequest>("usable");
        QTest::addColumn<QString>("problem");
        ObjectionRequest sample = sampleRequest();
        sample.options.date = QDate::currentDate();
        QTest::newRow("newer format, after a downgrade")
            << sampleWith("\"version\": 2", "\"version\": 3, \"signatory\": \"Dr. M\"") << sample
            << u"newer version"_s;
        ObjectionRequest oneAccount = sample;
        oneAccount.accounts.removeLast();
        QTest::newRow("account no longer accepted")
            << sampleWith("\"@musterstadt\"", "\"@muster stadt\"") << oneAccount
            << u"accounts[1].address"_s;
        ObjectionRequest cut = sample;
        cut.organisation.name = QString(120, u'M');
        QTest::newRow("name over its limit")
            << sampleWith("\"name\": \"Stadt Musterstadt\",\n        \"phone\"",
                          "\"name\": \"" + QByteArray(130, 'M') + "\",\n        \"phone\"")
            << cut << u"longer than 120"_s;
        QTest::newRow("truncated")
            << ProfileFile::toJson(sample).left(300) << ObjectionRequest() << u"not valid JSON"_s;
    }

    void rememberedEntriesThatFailACheckAreKept()
    {
        QFETCH(QByteArray, stored);
        QFETCH(ObjectionRequest, usable);
        QFETCH(QString, problem);
        QSettings().setValue(entriesKey, stored);
        QSettings().sync();
        {
            ObjectionWizard wizard;
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QTRY_VERIFY2(MessageBox::lastWarning().contains(problem),
                         qPrintable(MessageBox::lastWarning()));
            const QString message = MessageBox::lastWarning();
            QVERIFY2(message.contains(u"could not all be used"_s), qPrintable(message));
            if (usable == ObjectionRequest())
                QVERIFY(wizard.request().organisation.name.isEmpty()); // a fresh start
            else
                QCOMPARE(wizard.request(), usable);
            const QStringList kept = setAsideFiles();
            QCOMPARE(kept.size(), 1);
            QVERIFY2(message.contains(kept.constFirst()), qPrintable(message));
            QCOMPARE(readAll(QDir(appData()).filePath(kept.constFirst())), stored);
            wizard.reject();
        }
        // Kept as a profile: a newer program opens it with everything in it.
        QCOMPARE(readAll(QDir(appData()).filePath(setAsideFiles().constFirst())), stored);
    }

    // Where they cannot be set aside, the stored entries are left as they
    // are, and not overwritten by this run.
    void rememberedEntriesThatCannotBeSetAsideStayUntouched()
    {
        const QByteArray stored = sampleWith("\"version\": 2", "\"version\": 4");
        QSettings().setValue(entriesKey, stored);
        QSettings().sync();
        QDir(appData()).removeRecursively();
        QFile blocker(appData());
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        {
            ObjectionWizard wizard;
            wizard.setStartId(ObjectionWizard::OrganisationPageId);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QTRY_VERIFY(MessageBox::lastWarning().contains(u"left as they are"_s));
            type(u" und Umgebung"_s);
            wizard.reject(); // closing would remember the entries
        }
        QCOMPARE(QSettings().value(entriesKey).toByteArray(), stored);
        QFile::remove(appData());
    }

    void aSettingsFileThatIsAFifoIsNotRead()
    {
        // Windows keeps the settings in the registry, no file at all.
        KIW_NEEDS_FIFO();
        const QString file = QSettings().fileName();
        QVERIFY(makeFifo(file));
        {
            ObjectionWizard wizard; // would wait for a writer forever
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QTRY_VERIFY(MessageBox::lastWarning().contains(u"settings file"_s));
            QVERIFY(MessageBox::lastWarning().contains(file));
            wizard.reject();
        }
        QVERIFY(!QFileInfo(file).isFile()); // left as it was
        QFile::remove(file);
    }

    void aProfileThatIsAFifoIsRefusedAtOnce()
    {
        KIW_NEEDS_FIFO();
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"profil.kiw.json"_s);
        QVERIFY(makeFifo(fifo));
        ObjectionWizard wizard;
        wizard.setRequest(sampleRequest());
        wizard.setStartId(ObjectionWizard::OrganisationPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        FileDialog::setNextFileName(fifo);
        QTest::keyClick(focused(), Qt::Key_O, Qt::ControlModifier);
        QVERIFY2(MessageBox::lastWarning().contains(u"not a file on a drive"_s),
                 qPrintable(MessageBox::lastWarning()));
        QCOMPARE(wizard.request(), sampleRequest());
    }

    // A FIFO where the database should be is never opened (it would block)
    // and never replaced: the user is told to move it away.
    void aRecordFileThatIsAFifoIsNotUsed()
    {
        KIW_NEEDS_FIFO();
        QVERIFY(makeFifo(RecordStore::defaultPath()));
        RecordStore store;
        const QString problem = store.open();
        QVERIFY2(problem.contains(u"not an ordinary file"_s), qPrintable(problem));
        ObjectionRecord record;
        record.organisation = u"Stadt Musterstadt"_s;
        record.accounts = sampleRequest().accounts;
        record.sentOn = QDate(2026, 11, 29);
        QVERIFY(store.add(record).contains(u"not an ordinary file"_s));
        QCOMPARE(FileAccess::inspect(RecordStore::defaultPath()).kind, FileAccess::Kind::Stream);
        QFile::remove(RecordStore::defaultPath());
        RecordStore reloaded;
        QVERIFY(reloaded.add(record).isEmpty());
        QCOMPARE(reloaded.count(), 1);
    }
};

QTEST_MAIN(StoredFilesGuiTest)
#include "StoredFilesGuiTest.moc"
