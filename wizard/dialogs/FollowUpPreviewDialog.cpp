#include "FollowUpPreviewDialog.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include "AccountOverview.h"
#include "DialogSeams.h"
#include "FontCoverage.h"
#include "LayoutChecks.h"
#include "LetterChecks.h"
#include "LetterDocumentBuilder.h"
#include "LetterExporter.h"
#include "LetterPainter.h"
#include "LocalDates.h"
#include "RecordStore.h"
#include "SessionLog.h"
#include "Today.h"
#include "pages/FieldMessage.h"
#include "pages/LetterPageView.h"

using namespace Qt::StringLiterals;

FollowUpPreviewDialog::FollowUpPreviewDialog(const ObjectionRecord& record,
                                             const ObjectionRequest& current, RecordStore& records,
                                             QWidget* parent, Kind kind, Authority authority,
                                             const PostalAddress& ownAuthority)
    : QDialog(parent), m_original(record),
      // What Meta confirmed through another entry (the online form of one
      // account) is named as confirmed, not as unanswered.
      m_record(AccountOverview::withConfirmationsFrom(
          record, records.entriesMatching(record.organisation))),
      m_records(records), m_kind(kind), m_authority(authority), m_ownAuthority(ownAuthority)
{
    setObjectName(u"followUpPreviewDialog"_s);
    const RecordExporter::Sender sender = RecordExporter::senderFor(m_record, current);
    m_request = sender.request;
    m_warnings = sender.warnings;
    if (kind == Kind::FollowUp) {
        setWindowTitle(tr("Follow-up letter to Meta"));
        m_letter = LetterComposer(m_request.options.letterLanguage)
                       .followUp(m_request, RecordExporter::earlierFor(m_record, m_request));
    } else {
        setWindowTitle(tr("Notice to the supervisory authority"));
        // The Irish authority is written to in English, the Hamburg one in
        // German, whatever language the letter to Meta had.
        m_request.options.letterLanguage = authority == Authority::IrishDpc ? u"en"_s : u"de"_s;
        m_letter = LetterComposer(m_request.options.letterLanguage)
                       .authorityNotice(m_request, RecordExporter::earlierFor(m_record, m_request),
                                        authority, ownAuthority);
    }
    // Meta confirmed every account (some through another entry): nothing to
    // ask for.
    if (m_record.earlierObjection().unanswered().isEmpty())
        m_warnings << tr("Meta has confirmed the objection for every account of this entry; a "
                         "letter that asks again is not needed.");
    // Made already (in this window or another): said first, and not asked to
    // be recorded once more.
    if (kind == Kind::FollowUp && m_original.followUpSentOn.isValid()) {
        m_warnings << tr("You recorded on %1 that you wrote to Meta again for this entry; this "
                         "would be a second follow-up letter.")
                          .arg(LocalDates::shortDate(m_original.followUpSentOn));
        m_asked = true;
    } else if (kind == Kind::AuthorityNotice && m_original.authorityInformedOn.isValid()) {
        m_warnings << tr("You recorded on %1 that you informed a supervisory authority of this "
                         "entry.")
                          .arg(LocalDates::shortDate(m_original.authorityInformedOn));
        m_asked = true;
    }
    // What the letter lacks or mixes, as on the preview page: written all the
    // same, the user decides.
    m_warnings << LetterChecks::warnings(m_request) << LayoutChecks::warnings(m_request);
    if (const QString fonts = FontCoverage::warning(FontCoverage::missingCharacters(
            LetterPainter::shownText(m_letter), LetterDocumentBuilder::letterFont()));
        !fonts.isEmpty())
        m_warnings << fonts;
    m_warnings.removeDuplicates();

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setObjectName(u"followUpIntroLabel"_s);
    const QList<Account> open = m_record.earlierObjection().unanswered();
    const QString sentOn = LocalDates::shortDate(m_record.sentOn);
    intro->setText(kind == Kind::FollowUp
                       ? tr("The letter refers to your objection of %1, as it was sent, and names "
                            "the %n account(s) Meta has not confirmed; accounts already confirmed "
                            "are named as confirmed.",
                            nullptr, int(open.size()))
                             .arg(sentOn)
                       : tr("The notice refers to your objection of %1 and to what Meta answered, "
                            "account by account. The documentation PDF goes with it as its "
                            "enclosure.")
                             .arg(sentOn));

    m_warning = new FieldMessage(this);
    m_warning->setObjectName(u"followUpWarningLabel"_s);
    m_warning->showMessage(m_warnings.join(u'\n'));

    m_view = new LetterPageView(this);
    m_view->setObjectName(u"followUpPageView"_s);
    m_view->setAccessibleName(windowTitle());
    m_view->setLetter(m_letter);

    m_status = new QLabel(this);
    m_status->setObjectName(u"followUpStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* saveButton = new QPushButton(tr("&Save as PDF …"), this);
    saveButton->setObjectName(u"savePdfButton"_s);
    auto* printButton = new QPushButton(tr("&Print …"), this);
    printButton->setObjectName(u"printButton"_s);
    for (QPushButton* button : {saveButton, printButton})
        button->setAutoDefault(false);
    connect(saveButton, &QPushButton::clicked, this, &FollowUpPreviewDialog::save);
    connect(printButton, &QPushButton::clicked, this, &FollowUpPreviewDialog::print);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &FollowUpPreviewDialog::reject);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addWidget(printButton);
    buttons->addStretch();
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_warning);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    // A page in view whole at 100 % (A4 is 1:1.41), never more than the screen.
    QSize size(760, 900);
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
    saveButton->setFocus();
}

QString FollowUpPreviewDialog::authorityName() const
{
    switch (m_authority) {
    case Authority::IrishDpc:
        return tr("the Irish Data Protection Commission");
    case Authority::HmbBfDI:
        return tr("the HmbBfDI");
    case Authority::Own:
        break;
    }
    return tr("your supervisory authority (%1)").arg(m_ownAuthority.lines.value(0));
}

void FollowUpPreviewDialog::save()
{
    QString saved;
    const QString status = RecordExporter(this).saveLetter(
        m_letter,
        m_kind == Kind::FollowUp ? tr("Save follow-up letter as PDF")
                                 : tr("Save notice to the supervisory authority as PDF"),
        m_original, &saved);
    if (saved.isEmpty()) {
        if (!status.isEmpty())
            m_status->setText(status);
        return;
    }
    afterSending(status);
}

void FollowUpPreviewDialog::print()
{
    SessionLog log;
    const QString status =
        LetterExporter(this, log).print(m_letter, m_record.organisation, Today::date());
    if (!log.printed && log.savedLetters.isEmpty()) {
        if (!status.isEmpty())
            m_status->setText(status);
        return;
    }
    afterSending(status);
}

void FollowUpPreviewDialog::afterSending(const QString& status)
{
    QStringList done{status};
    const QString today = LocalDates::shortDate(Today::date());
    if (m_kind == Kind::FollowUp) {
        // The letter names a copy of the first one as its enclosure.
        done << tr("Enclose a copy of your objection of %1; its full text is also in the "
                   "documentation PDF.")
                    .arg(LocalDates::shortDate(m_record.sentOn));
    } else {
        // The notice names the documentation as its enclosure.
        done << RecordExporter(this).saveDocumentation(m_original,
                                                       m_request.options.letterLanguage);
    }
    done.removeAll(QString());
    m_done << done;
    m_status->setText(done.join(u'\n'));
    // Asked once: saving and then printing the same letter is one sending.
    if (m_asked)
        return;
    m_asked = true;
    QString error;
    if (m_kind == Kind::FollowUp) {
        if (!MessageBox::question(this, windowTitle(),
                                  tr("Record that you wrote to Meta again today (%1)? Answer “No” "
                                     "if you send the letter later; you can record it then.")
                                      .arg(today)))
            return;
        error = m_records.setFollowUpSent(m_record.id, Today::date());
        if (error.isEmpty())
            m_done << tr("Recorded: written to Meta again on %1.").arg(today);
    } else {
        if (!MessageBox::question(
                this, windowTitle(),
                tr("Record that you informed %1 today (%2)?").arg(authorityName(), today)))
            return;
        const QString key = m_authority == Authority::Own
                                ? u"own"_s
                                : (m_authority == Authority::IrishDpc ? u"dpc"_s : u"hmbbfdi"_s);
        error = m_records.setAuthorityInformed(m_record.id, Today::date(), key);
        if (error.isEmpty())
            m_done << tr("Recorded: %1 informed on %2.").arg(authorityName(), today);
    }
    if (!error.isEmpty()) {
        MessageBox::warning(this, windowTitle(), error);
        m_done << error;
    }
    m_recorded = error.isEmpty();
    m_status->setText(m_done.join(u'\n'));
}
