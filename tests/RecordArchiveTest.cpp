#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "RecordArchive.h"
#include "RecordStore.h"
#include "SampleRecords.h"
#include "TestFiles.h"

// The record exported as a folder (JSON, evidence, SHA256SUMS) and imported
// again: every problem named, nothing changed then, no entry replaced.

using namespace Qt::StringLiterals;

namespace {
using TestFiles::readAll;
const QString sampleFolder = QStringLiteral(KIW_SOURCE_DIR "/tests/data/records/format-2");
} // namespace

class RecordArchiveTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A record with the sample entries of format 2 and their evidence.
    QString sampleRecord(const QString& name, const QString& attachments)
    {
        const QString path = m_dir.filePath(name + u"/records.sqlite"_s);
        RecordStore store(path);
        const RecordArchive::ReadResult read =
            RecordArchive::read(sampleFolder + u"/records.json"_s);
        if (!read.error.isEmpty())
            return read.error;
        if (QString error = store.open(); !error.isEmpty())
            return error;
        return store.importRecords(store.plan(read.records), false, read.attachmentFolder,
                                   attachments);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void exportAndImportGiveTheSameRecord()
    {
        const QString attachments = m_dir.filePath(u"a-files"_s);
        QCOMPARE(sampleRecord(u"a"_s, attachments), QString());
        RecordStore a(m_dir.filePath(u"a/records.sqlite"_s));
        const QString folder = m_dir.filePath(u"export"_s);
        int written = 0;
        QCOMPARE(RecordArchive::write(a, folder, attachments, &written), QString());
        QCOMPARE(written, 3);
        QVERIFY(QFileInfo::exists(folder + u"/records.json"_s));
        // sha256sum checks the list as it is written.
        QProcess check;
        check.setWorkingDirectory(folder);
        check.start(u"sha256sum"_s, {u"--check"_s, u"--strict"_s, u"SHA256SUMS"_s});
        if (check.waitForFinished(30000))
            QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().constData());
        QCOMPARE(RecordArchive::write(a, folder, attachments), // not into a full folder
                 u"Please choose a new or an empty folder for the export; %1 is not one."_s.arg(
                     QDir::toNativeSeparators(folder)));

        const QString otherFiles = m_dir.filePath(u"b-files"_s);
        RecordStore b(m_dir.filePath(u"b/records.sqlite"_s));
        const RecordArchive::ReadResult read = RecordArchive::read(folder);
        QCOMPARE(read.error, QString());
        RecordStore::ImportPlan plan = b.plan(read.records);
        QCOMPARE(plan.fresh.size(), 3);
        QCOMPARE(b.importRecords(plan, false, read.attachmentFolder, otherFiles), QString());
        // The same, but for where the copies of the evidence are kept.
        QList<ObjectionRecord> inB = b.all();
        QList<ObjectionRecord> inA = a.all();
        QCOMPARE(inB.size(), 3);
        for (qsizetype i = 0; i < inB.size(); ++i) {
            for (qsizetype j = 0; j < inB[i].attachments.size(); ++j)
                inB[i].attachments[j].storedName = inA[i].attachments[j].storedName;
        }
        QCOMPARE(inB, inA);
        const ObjectionRecord withMail = *b.entry(u"7c0e2b44-1d5a-4f0e-8b21-5e9d3c6a1f02"_s);
        QCOMPARE(AttachmentStore::verify(withMail.attachments.at(0), otherFiles), QString());
        // Again: the same entries are skipped.
        plan = b.plan(read.records);
        QCOMPARE(plan.fresh.size(), 0);
        QCOMPARE(plan.same.size(), 3);
        QCOMPARE(plan.conflicts.size(), 0);
    }

    // Same id, other content: the user decides; kept both, the old id finds
    // the imported one, and nothing of the entry already there changes.
    void sameIdOtherContentIsKeptBesideNotReplaced()
    {
        const QString attachments = m_dir.filePath(u"c-files"_s);
        QCOMPARE(sampleRecord(u"c"_s, attachments), QString());
        RecordStore c(m_dir.filePath(u"c/records.sqlite"_s));
        const QString id = u"3f1c2a9e-5d7b-4e1a-9c33-7a0b6f2d8e41"_s;
        const ObjectionRecord mine = *c.entry(id);
        QVERIFY(c.setClosed(id, QDate(2026, 12, 1)).isEmpty());
        const ObjectionRecord changed = *c.entry(id);
        RecordArchive::ReadResult read = RecordArchive::read(sampleFolder + u"/records.json"_s);
        RecordStore::ImportPlan plan = c.plan(read.records);
        QCOMPARE(plan.conflicts.size(), 1);
        QCOMPARE(plan.same.size(), 2);
        // "No": left out, mine unchanged.
        QCOMPARE(c.importRecords(plan, false, read.attachmentFolder, attachments), QString());
        QCOMPARE(c.count(), 3);
        QCOMPARE(*c.entry(id), changed);
        // "Yes": both.
        int added = 0;
        QCOMPARE(c.importRecords(plan, true, read.attachmentFolder, attachments, &added),
                 QString());
        QCOMPARE(added, 1);
        QCOMPARE(c.count(), 4);
        QCOMPARE(*c.entry(id), changed);
        QCOMPARE(c.findId(id), std::optional<QString>(id));
        QCOMPARE(c.search(caseNumber(id)).size(), 2);
        ObjectionRecord imported;
        for (const RecordStore::SearchHit& hit : c.search(id)) {
            if (hit.id != id)
                imported = *c.entry(hit.id);
        }
        imported.id = id;
        QCOMPARE(imported.closedOn, mine.closedOn);
        QCOMPARE(imported, mine);
        // The same export once more: the copy kept before is found, nothing new.
        plan = c.plan(read.records);
        QCOMPARE(plan.conflicts.size(), 0);
        QCOMPARE(plan.same.size(), 3);
        // Its evidence keeps its name: no second checksum in front of it.
        for (const ObjectionRecord& record : c.all()) {
            for (const Attachment& attachment : record.attachments) {
                const QString file = attachment.storedName.section(u'/', -1);
                QVERIFY2(!file.mid(13).startsWith(attachment.sha256.left(12)), qPrintable(file));
            }
        }
    }

    void damagedExportIsRefusedWithItsProblemNamed()
    {
        const QString attachments = m_dir.filePath(u"d-files"_s);
        QCOMPARE(sampleRecord(u"d"_s, attachments), QString());
        RecordStore d(m_dir.filePath(u"d/records.sqlite"_s));
        const QString folder = m_dir.filePath(u"export-d"_s);
        QCOMPARE(RecordArchive::write(d, folder, attachments), QString());
        const QString id = u"7c0e2b44-1d5a-4f0e-8b21-5e9d3c6a1f02"_s;
        const QString mail =
            folder + u"/attachments/"_s + d.entry(id)->attachments.at(0).storedName;
        QFile::setPermissions(mail, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(TestFiles::writeFile(mail, "geändert"));
        RecordArchive::ReadResult read = RecordArchive::read(folder);
        QVERIFY2(read.error.contains(u"Bestaetigung.eml was changed (its SHA-256 differs)"_s),
                 qPrintable(read.error));
        QVERIFY(read.records.isEmpty());
        QFile::remove(mail);
        read = RecordArchive::read(folder);
        QVERIFY2(read.error.contains(u"is missing"_s), qPrintable(read.error));
        QFile::remove(folder + u"/SHA256SUMS"_s);
        read = RecordArchive::read(folder);
        QVERIFY2(read.error.contains(u"not an exported record"_s), qPrintable(read.error));
    }

    // A JSON file with an entry without accounts is refused with the field.
    void entryWithoutAccountsIsRefused()
    {
        ObjectionRecord record = ::sampleRecord();
        record.accounts.clear();
        const QString path = m_dir.filePath(u"no-accounts.json"_s);
        QVERIFY(TestFiles::writeFile(path, RecordStore::toJson({record})));
        const RecordArchive::ReadResult read = RecordArchive::read(path);
        QVERIFY2(read.error.contains(u"records[0].accounts"_s), qPrintable(read.error));
    }
};

QTEST_GUILESS_MAIN(RecordArchiveTest)
#include "RecordArchiveTest.moc"
