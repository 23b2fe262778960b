#include "EvidenceList.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

#include "AttachmentStore.h"
#include "DialogSeams.h"
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
    auto* label = new QLabel(tr("E&vidence kept with the entry (drop files here):"), this);
    label->setBuddy(m_list);
    m_attachButton = new QPushButton(tr("&Attach e-mail or file …"), this);
    m_attachButton->setObjectName(u"attachEvidenceButton"_s);
    m_attachButton->setAutoDefault(false);
    connect(m_attachButton, &QPushButton::clicked, this, &EvidenceList::choose);

    auto* row = new QHBoxLayout;
    row->addWidget(label, 1);
    row->addWidget(m_attachButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_list);
    showEntry(std::nullopt);
}

void EvidenceList::showEntry(const std::optional<ObjectionRecord>& record)
{
    m_hasEntry = record.has_value();
    m_attachButton->setEnabled(m_hasEntry);
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
        const QString problem = AttachmentStore::verify(attachment);
        text += u"\n"_s + (problem.isEmpty()
                               ? tr("SHA-256 %1…, unchanged").arg(attachment.sha256.left(16))
                               : problem);
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

void EvidenceList::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_hasEntry && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void EvidenceList::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (m_hasEntry && !paths.isEmpty()) {
        event->acceptProposedAction();
        emit filesChosen(paths);
    }
}
