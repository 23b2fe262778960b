#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <optional>

#include "TestFiles.h"
#include "dialogs/AttachInWorker.h"
#include "dialogs/EvidenceCheck.h"
#include "dialogs/WorkerProgress.h"

using namespace Qt::StringLiterals;

namespace {
const QString recordId = u"5b2f7c1e-0d4a-4c39-8f0e-6a1d2b3c4d5e"_s;

QProgressDialog* visibleProgressDialog()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QProgressDialog*>(widget); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}
} // namespace

// Copying and checking evidence run in a worker thread: the window goes on
// drawing, a progress dialog appears only when the work takes a while, and
// its Cancel stops the work.
class EvidenceWorkerGuiTest : public QObject
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

    void quickWorkShowsNoDialog()
    {
        QWidget window;
        window.show();
        bool dialogSeen = false;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this,
                [&dialogSeen] { dialogSeen = dialogSeen || visibleProgressDialog(); });
        watch.start(10);
        bool ran = false;
        const bool cancelled = WorkerProgress::run(
            &window, u"quick"_s, 0, [&ran](WorkerProgress::Progress&) { ran = true; });
        QVERIFY(ran);
        QVERIFY(!cancelled);
        QVERIFY(!dialogSeen);
    }

    void slowWorkShowsProgressAndStopsOnCancel()
    {
        QWidget window;
        window.show();
        QElapsedTimer clock;
        std::optional<qint64> shownAfter;
        int valueSeen = -1;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            QProgressDialog* dialog = visibleProgressDialog();
            if (!dialog || shownAfter)
                return;
            shownAfter = clock.elapsed();
            QTest::qWait(300); // the value follows the work
            valueSeen = dialog->value();
            dialog->findChild<QPushButton*>()->click();
        });
        watch.start(20);
        bool stoppedByFlag = false;
        clock.start();
        const bool cancelled =
            WorkerProgress::run(&window, u"slow"_s, 10, [&](WorkerProgress::Progress& progress) {
                progress.done.store(3);
                for (int i = 0; i < 1000 && !isCancelled(&progress.cancel); ++i)
                    QThread::msleep(10);
                stoppedByFlag = isCancelled(&progress.cancel);
            });
        QVERIFY(cancelled);
        QVERIFY(stoppedByFlag);
        QVERIFY(shownAfter);
        QVERIFY2(*shownAfter >= WorkerProgress::delayMs - 20,
                 qPrintable(QString::number(*shownAfter)));
        QCOMPARE(valueSeen, 3);
        QVERIFY(clock.elapsed() < 9000);
        QVERIFY(!visibleProgressDialog());
    }

    void attachedFilesCountAsCheckedUntilCheckedAgain()
    {
        const QString store = m_dir.filePath(u"attachments"_s);
        const QString source = m_dir.filePath(u"Bestätigung.png"_s);
        QVERIFY(TestFiles::writeFile(source, "evidence"_ba));
        const AttachResult result =
            AttachInWorker::add(nullptr, source, recordId, QDateTime::currentDateTimeUtc(), store);
        QCOMPARE(result.error, QString());
        QVERIFY(result.attachment);
        const Attachment attachment = *result.attachment;
        const auto afterAdding = EvidenceCheck::last(attachment);
        QVERIFY(afterAdding);
        QCOMPARE(afterAdding->problem, QString());

        const QString copy = store + u'/' + attachment.storedName;
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(TestFiles::writeFile(copy, "changed"_ba));
        QCOMPARE(EvidenceCheck::last(attachment)->problem, QString()); // not read on its own
        const std::optional<QStringList> checked = EvidenceCheck::run(nullptr, {attachment}, store);
        QVERIFY(checked);
        QCOMPARE(checked->size(), 1);
        QVERIFY2(checked->at(0).contains(u"was changed"_s), qPrintable(checked->at(0)));
        QCOMPARE(EvidenceCheck::last(attachment)->problem, checked->at(0));
    }
};

QTEST_MAIN(EvidenceWorkerGuiTest)
#include "EvidenceWorkerGuiTest.moc"
