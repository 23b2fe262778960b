#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

#include "AttachmentStore.h"
#include "SymbolicLink.h"
#include "TestFiles.h"

using namespace Qt::StringLiterals;

namespace {

using TestFiles::readAll;
using TestFiles::writeFile;

const QString recordId = u"0f9c3a52-7d7e-4b8e-9a57-2f4c1d2b9e11"_s;
// sha256sum of the three bytes "abc" (FIPS 180-2, appendix B.1).
QByteArray mailFileBytes()
{
    return readAll(QStringLiteral(KIW_SOURCE_DIR "/tests/data/mail/meta-confirmation-de.eml"));
}

const QString abcSha256 = u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s;

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 30), QTime(10, 0), QTimeZone::utc());
}

bool setModified(const QString& path, const QDateTime& time)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) &&
           file.setFileTime(time, QFileDevice::FileModificationTime);
}

} // namespace

class AttachmentStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    QString source(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(u"sources/"_s + name);
        QDir().mkpath(QFileInfo(path).path());
        writeFile(path, bytes);
        return path;
    }
    QStringList kept(const QString& id = recordId) const
    {
        return QDir(m_store + u'/' + id).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        m_store =
            m_dir.filePath(u"store-%1"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
        QVERIFY(QDir().mkpath(m_store));
    }

    void defaultFolderIsInTheAppDataFolder()
    {
        QVERIFY(AttachmentStore::defaultFolder().endsWith(u"/attachments"_s));
        // Qt's test mode: ~/.qttest, on Windows a "qttest" folder in AppData.
#ifdef Q_OS_WIN
        QVERIFY2(AttachmentStore::defaultFolder().startsWith(QDir::homePath() +
                                                             u"/AppData/Local/qttest/"_s),
                 qPrintable(AttachmentStore::defaultFolder()));
#else
        QVERIFY(AttachmentStore::defaultFolder().contains(u".qttest"_s));
#endif
    }

    void keepsAReadOnlyCopyWithItsHash()
    {
        const QString path = source(u"Bildschirmfoto vom 11.06.2024 (Meta).png"_s, "abc"_ba);
        const AttachResult result = AttachmentStore::add(path, recordId, fixedNow(), m_store);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.warning, QString());
        QVERIFY(result.attachment);
        const Attachment& a = *result.attachment;
        QCOMPARE(a.sha256, abcSha256);
        QCOMPARE(a.size, 3);
        QCOMPARE(a.addedAt, fixedNow());
        QCOMPARE(a.originalName, u"Bildschirmfoto vom 11.06.2024 (Meta).png"_s);
        QCOMPARE(a.storedName,
                 recordId + u"/ba7816bf8f01-Bildschirmfoto_vom_11.06.2024_Meta_.png"_s);
        QVERIFY(!a.isMail());
        const QString copy = m_store + u'/' + a.storedName;
        QCOMPARE(readAll(copy), "abc"_ba);
#ifdef Q_OS_UNIX
        struct stat info
        {};
        QCOMPARE(::stat(QFile::encodeName(copy).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0400u); // read-only, and for its owner only
        QCOMPARE(::stat(QFile::encodeName(m_store + u'/' + recordId).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0700u); // no one else looks in, even while it is written
#else
        // Windows: the copy is read-only (the folder's access list is the
        // user's profile's, which only its owner reads).
        QVERIFY(!QFileInfo(copy).isWritable());
#endif
        // The same as the system's tool says, where it is installed.
        QProcess sha256sum;
        sha256sum.start(u"sha256sum"_s, {copy});
        if (sha256sum.waitForFinished(5000))
            QCOMPARE(QString::fromLatin1(sha256sum.readAllStandardOutput().left(64)), a.sha256);
        QCOMPARE(AttachmentStore::verify(a, m_store), QString());
    }

    void sameBytesTwiceAreKeptOnce()
    {
        const auto first =
            AttachmentStore::add(source(u"a.png"_s, "same"_ba), recordId, fixedNow(), m_store);
        const auto second = AttachmentStore::add(source(u"b.png"_s, "same"_ba), recordId,
                                                 fixedNow().addDays(1), m_store);
        QVERIFY(first.attachment && second.attachment);
        QCOMPARE(second.attachment->storedName, first.attachment->storedName);
        QVERIFY(second.warning.contains(u"already kept"_s));
        QCOMPARE(kept().size(), 1);
        // Other bytes of the same name are a second file.
        const auto third =
            AttachmentStore::add(source(u"a.png"_s, "other"_ba), recordId, fixedNow(), m_store);
        QVERIFY(third.attachment);
        QCOMPARE(kept().size(), 2);
    }

    void readsAnEmail()
    {
        const QString path =
            QStringLiteral(KIW_SOURCE_DIR "/tests/data/mail/meta-confirmation-de.eml");
        const auto result = AttachmentStore::add(path, recordId, fixedNow(), m_store);
        QCOMPARE(result.warning, QString());
        QVERIFY(result.attachment && result.attachment->isMail());
        QCOMPARE(result.attachment->mailFrom, u"Facebook <noreply@facebookmail.com>"_s);
        QVERIFY(result.attachment->mailText.contains(u"Referenznummer"_s));
        QCOMPARE(readAll(m_store + u'/' + result.attachment->storedName), readAll(path));
    }

    void keepsAnUnreadableEmailWithAWarning()
    {
        const QByteArray png = QByteArray::fromHex("89504E470D0A1A0A0000000D49484452");
        const auto result =
            AttachmentStore::add(source(u"Bestätigung.eml"_s, png), recordId, fixedNow(), m_store);
        QCOMPARE(result.error, QString());
        QVERIFY(result.attachment && !result.attachment->isMail());
        QVERIFY2(result.warning.contains(u"could not be read as an e-mail"_s),
                 qPrintable(result.warning));
        QCOMPARE(kept().size(), 1);
    }

    void refusesWhatIsNoFile_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("missing") << u"missing"_s;
        QTest::newRow("folder") << u"folder"_s;
        QTest::newRow("FIFO") << u"fifo"_s;
        QTest::newRow("too large") << u"large"_s;
        QTest::newRow("bad record id") << u"id"_s;
        QTest::newRow("link to nothing") << u"dangling"_s;
    }
    void refusesWhatIsNoFile()
    {
        QFETCH(QString, what);
        QString path = m_dir.filePath(u"refused-"_s + what);
        QString id = recordId;
        if (what == "folder"_L1) {
            QDir().mkpath(path);
        } else if (what == "fifo"_L1) {
#ifdef Q_OS_UNIX
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
#else
            QSKIP("Windows has no FIFOs in its file system");
#endif
        } else if (what == "large"_L1) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(AttachmentStore::maxSize + 1)); // sparse: takes no space
        } else if (what == "id"_L1) {
            path = source(u"x.png"_s, "x"_ba);
            id = u"../escape"_s;
        } else if (what == "dangling"_L1) {
            KIW_SYMBOLIC_LINK(m_dir.filePath(u"nowhere"_s), path);
        }
        QElapsedTimer timer;
        timer.start();
        const auto result = AttachmentStore::add(path, id, fixedNow(), m_store);
        QVERIFY(timer.elapsed() < 2000); // a FIFO does not block
        QVERIFY(!result.attachment);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.error.contains(QFileInfo(path).fileName()));
        QCOMPARE(kept(), QStringList());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"escape"_s)));
    }

    void refusesAnUnreadableFile()
    {
#ifdef Q_OS_UNIX
        if (::geteuid() == 0)
            QSKIP("root reads every file");
#else
        QSKIP("Qt cannot take the right to read away on Windows (only the read-only flag)");
#endif
        const QString path = source(u"secret.png"_s, "x"_ba);
        QFile::setPermissions(path, QFile::WriteOwner);
        const auto result = AttachmentStore::add(path, recordId, fixedNow(), m_store);
        QVERIFY(!result.attachment);
        QVERIFY(result.error.contains(u"access was denied"_s));
    }

    void followsALinkToAFile()
    {
        const QString target = source(u"target.pdf"_s, "%PDF-1.4"_ba);
        const QString link = m_dir.filePath(u"link.pdf"_s);
        KIW_SYMBOLIC_LINK(target, link);
        const auto result = AttachmentStore::add(link, recordId, fixedNow(), m_store);
        QVERIFY(result.attachment);
        QCOMPARE(result.attachment->originalName, u"link.pdf"_s);
        const QFileInfo copy(m_store + u'/' + result.attachment->storedName);
        QVERIFY(copy.isFile() && !copy.isSymLink());
    }

    void refusesALinkedRecordFolder()
    {
        const QString elsewhere = m_dir.filePath(u"elsewhere"_s);
        QDir().mkpath(elsewhere);
        KIW_SYMBOLIC_LINK(elsewhere, m_store + u'/' + recordId);
        const auto result =
            AttachmentStore::add(source(u"a.png"_s, "a"_ba), recordId, fixedNow(), m_store);
        QVERIFY(!result.attachment);
        QVERIFY(QDir(elsewhere).isEmpty());
        QVERIFY(!AttachmentStore::removeAll(recordId, m_store).isEmpty());
        QVERIFY(QFileInfo(elsewhere).isDir());
    }

    void fullDiskLeavesNothing()
    {
        TestFiles::FullDisk disk;
        if (!disk.mounted)
            QSKIP("mounting a small tmpfs needs root");
        QVERIFY(QDir().mkpath(disk.path(recordId)));
        disk.fill();
        const auto result = AttachmentStore::add(source(u"big.png"_s, QByteArray(20'000, 'x')),
                                                 recordId, fixedNow(), disk.dir.path());
        QVERIFY(!result.attachment);
        QVERIFY2(result.error.contains(u"the disk is full"_s), qPrintable(result.error));
        QCOMPARE(QDir(disk.path(recordId)).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // /proc/self/mem fails to read with EIO, /proc/self/status has size 0 and
    // yet text: neither is the drive's fault, and neither is evidence.
    void refusesFilesTheSystemMakesUp_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("read fails") << u"/proc/self/mem"_s;
        QTest::newRow("size 0, yet text") << u"/proc/self/status"_s;
        QTest::newRow("sysfs") << u"/sys/kernel/mm/transparent_hugepage/enabled"_s;
    }
    void refusesFilesTheSystemMakesUp()
    {
#ifndef Q_OS_LINUX
        // Under Wine these paths are Linux's own, seen through drive Z:.
        QSKIP("Linux's /proc and /sys: this system makes up no such files");
#endif
        QFETCH(QString, path);
        if (!QFileInfo::exists(path))
            QSKIP("not on this system");
        const auto result = AttachmentStore::add(path, recordId, fixedNow(), m_store);
        QVERIFY(!result.attachment);
        QVERIFY2(result.error.contains(u"not an ordinary file"_s), qPrintable(result.error));
        QVERIFY2(!result.error.contains(u"drive"_s), qPrintable(result.error));
        QCOMPARE(kept(), QStringList());
    }

    void cancelledAddKeepsNothing()
    {
        const CancelFlag cancel{true};
        const auto result = AttachmentStore::add(source(u"a.eml"_s, mailFileBytes()), recordId,
                                                 fixedNow(), m_store, &cancel);
        QVERIFY(result.cancelled);
        QVERIFY(!result.attachment);
        QVERIFY2(result.error.contains(u"cancelled"_s), qPrintable(result.error));
        QCOMPARE(kept(), QStringList());
        // Refused for another reason, it is no cancel.
        QVERIFY(!AttachmentStore::add(m_dir.filePath(u"missing"_s), recordId, fixedNow(), m_store)
                     .cancelled);
    }

    // A copy cut off (the program ended while it wrote) leaves its temporary
    // file; the next start deletes it, and nothing else.
    void removeLeftoversDeletesOnlyOldTemporaryFiles()
    {
        const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-2 * 60 * 60);
        const auto kept =
            AttachmentStore::add(source(u"a.png"_s, "a"_ba), recordId, fixedNow(), m_store);
        QVERIFY(kept.attachment);
        const QString folder = m_store + u'/' + recordId + u'/';
        const QString leftover = folder + u".kiw-3w5e11264sgsf.tmp"_s;
        const QString fresh = folder + u".kiw-1y2p0ij32e8e7.tmp"_s; // another instance writes it
        const QString similar = folder + u".kiw-abc.tmp.txt"_s;
        const QString outside = source(u".kiw-abc.tmp"_s, "outside"_ba);
        const QString link = folder + u".kiw-def.tmp"_s;
        const QString inRoot = m_store + u"/.kiw-ghi.tmp"_s;
        const QString linkedFolder = m_store + u"/linked-record"_s;
        for (const QString& path : {leftover, fresh, similar, inRoot})
            QVERIFY(writeFile(path, "x"_ba));
        // Where the system makes no symbolic links (see SymbolicLink.h) the
        // rest is checked without them.
        const bool links = TestFiles::symbolicLink(outside, link) &&
                           TestFiles::symbolicLink(QFileInfo(outside).path(), linkedFolder);
#ifndef Q_OS_WIN
        QVERIFY(links);
#endif
        for (const QString& path : {leftover, similar, outside, inRoot})
            QVERIFY(setModified(path, old));

        AttachmentStore::removeLeftovers(m_store);
        QVERIFY(!QFileInfo::exists(leftover));
        for (const QString& path : {fresh, similar, outside, inRoot})
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        if (links)
            QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readAll(m_store + u'/' + kept.attachment->storedName), "a"_ba);
        AttachmentStore::removeLeftovers(m_dir.filePath(u"no such folder"_s)); // no harm
    }

    void verifyFindsChangedAndMissingCopies()
    {
        const auto result =
            AttachmentStore::add(source(u"e.png"_s, "evidence"_ba), recordId, fixedNow(), m_store);
        QVERIFY(result.attachment);
        const Attachment a = *result.attachment;
        const QString copy = m_store + u'/' + a.storedName;
        QCOMPARE(AttachmentStore::verify(a, m_store), QString());

        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        QByteArray changed = readAll(copy);
        changed[0] = 'E';
        QVERIFY(writeFile(copy, changed));
        QVERIFY(AttachmentStore::verify(a, m_store).contains(u"was changed"_s));

        QVERIFY(QFile::remove(copy));
        QVERIFY(AttachmentStore::verify(a, m_store).contains(u"is missing"_s));

        Attachment outside = a;
        outside.storedName = u"../../etc/passwd"_s;
        QVERIFY(AttachmentStore::verify(outside, m_store).contains(u"is missing"_s));
    }

    void removeAllDeletesTheEntrysFiles()
    {
        const QString other = u"other-record"_s;
        QVERIFY(AttachmentStore::add(source(u"a.png"_s, "a"_ba), recordId, fixedNow(), m_store)
                    .attachment);
        QVERIFY(AttachmentStore::add(source(u"b.png"_s, "b"_ba), recordId, fixedNow(), m_store)
                    .attachment);
        QVERIFY(AttachmentStore::add(source(u"c.png"_s, "c"_ba), other, fixedNow(), m_store)
                    .attachment);
        QCOMPARE(AttachmentStore::removeAll(recordId, m_store), QString());
        QVERIFY(!QFileInfo::exists(m_store + u'/' + recordId));
        QCOMPARE(kept(other).size(), 1);
        QCOMPARE(AttachmentStore::removeAll(recordId, m_store), QString()); // nothing left
        QVERIFY(!AttachmentStore::removeAll(u".."_s, m_store).isEmpty());
        QVERIFY(QFileInfo(m_store).isDir());
    }
};

QTEST_GUILESS_MAIN(AttachmentStoreTest)
#include "AttachmentStoreTest.moc"
