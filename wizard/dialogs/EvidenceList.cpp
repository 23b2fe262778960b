#include "EvidenceList.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

#include "DialogSeams.h"
#include "EvidenceCheck.h"
#include "LocalDates.h"
#include "SaveThroughDialog.h"

using namespace Qt::StringLiterals;

EvidenceList::EvidenceList(QWidget* parent) : QWidget(parent)
{
    setAcceptDrops(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"evidenceList"_s);
    m_list->setAccessibleName(tr("Evidence kept with the entry"));
    m_list->setWordWrap(true);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 7);
    // Shares the record window's height with the list of accounts: one file
    // (two lines) in view at the least, the rest scrolls.
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 2 + m_list->frameWidth() * 2);
    auto* label = new QLabel(tr("E&vidence kept with the entry (drop files here):"), this);
    label->setBuddy(m_list);
    m_attachButton = new QPushButton(tr("Attac&h e-mail or file …"), this);
    m_attachButton->setObjectName(u"attachEvidenceButton"_s);
    m_attachButton->setAutoDefault(false);
    connect(m_attachButton, &QPushButton::clicked, this, &EvidenceList::choose);
    m_checkButton = new QPushButton(tr("Chec&k files"), this);
    m_checkButton->setObjectName(u"checkEvidenceButton"_s);
    m_checkButton->setAutoDefault(false);
    m_checkButton->setToolTip(
        tr("Compares each kept copy with the SHA-256 checksum it had when it was added."));
    connect(m_checkButton, &QPushButton::clicked, this, &EvidenceList::check);

    auto* row = new QHBoxLayout;
    row->addWidget(label, 1);
    row->addWidget(m_checkButton);
    row->addWidget(m_attachButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_list);
    showEntry(std::nullopt);
}

void EvidenceList::showEntry(const std::optional<ObjectionRecord>& record)
{
    m_record = record;
    fill();
}

void EvidenceList::fill()
{
    const std::optional<ObjectionRecord>& record = m_record;
    m_attachButton->setEnabled(record.has_value());
    m_checkButton->setEnabled(record && !record->attachments.isEmpty());
    m_list->clear();
    if (!record) {
        m_list->addItem(tr("Select an entry to see or add its evidence."));
        return;
    }
    if (record->attachments.isEmpty())
        m_list->addItem(tr("Nothing attached yet. Attach Meta's confirmation e-mail (.eml or "
                           ".msg, saved from your mail program) or a screenshot."));
    for (const Attachment& attachment : record->attachments) {
        QString text = attachment.originalName;
        if (attachment.isMail()) {
            text +=
                u" – "_s + tr("e-mail from %1 of %2: %3")
                               .arg(attachment.mailFrom,
                                    LocalDates::shortDateTime(attachment.mailDate.toLocalTime()),
                                    attachment.mailSubject);
        }
        // Checking reads every file: it is done on the button, not here.
        const std::optional<EvidenceCheck::Result> checked = EvidenceCheck::last(attachment);
        const QString sha = attachment.sha256.left(16);
        if (!checked)
            text += u"\n"_s + tr("SHA-256 %1…, not checked yet").arg(sha);
        else if (checked->problem.isEmpty())
            text += u"\n"_s + tr("SHA-256 %1…, unchanged when checked at %2")
                                  .arg(sha, LocalDates::shortDateTime(checked->checkedAt));
        else
            text +=
                u"\n"_s + tr("%1 (checked at %2)")
                              .arg(checked->problem, LocalDates::shortDateTime(checked->checkedAt));
        auto* item = new QListWidgetItem(text, m_list);
        item->setToolTip(u"SHA-256: "_s + attachment.sha256);
    }
}

void EvidenceList::choose()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Attach evidence"), SaveThroughDialog::defaultFolder(),
        tr("E-mails, pictures and PDFs (*.eml *.msg *.png *.jpg *.jpeg *.pdf);;All files (*)"));
    if (!path.isEmpty())
        emit filesChosen({path});
}

void EvidenceList::check()
{
    if (!m_record)
        return;
    // A copy: the window may show another entry (a change made in another
    // window) while the worker still reads these.
    const QList<Attachment> attachments = m_record->attachments;
    EvidenceCheck::run(this, attachments); // remembers what it found
    fill();
}

void EvidenceList::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_record && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void EvidenceList::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (m_record && !paths.isEmpty()) {
        event->acceptProposedAction();
        emit filesChosen(paths);
    }
}
