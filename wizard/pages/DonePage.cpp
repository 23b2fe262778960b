#include "DonePage.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

#include "AccountOverview.h"
#include "AppTranslations.h"
#include "Countries.h"
#include "LetterComposer.h"
#include "PageText.h"
#include "PlainTextLetterWriter.h"

using namespace Qt::StringLiterals;

DonePage::DonePage(const ObjectionRequest& request, RecordStore& records, const SessionLog& log,
                   QWidget* parent)
    : WizardPage(parent), m_request(request), m_records(records), m_log(log)
{
    bindTitles(QT_TR_NOOP("Done – and what comes next"),
               QT_TR_NOOP("What to do after sending, and what to tell your followers."));
}

void DonePage::build()
{
    m_view = PageText::view(this);
    m_view->setObjectName(u"doneSummaryView"_s);

    // The texts for followers and the privacy notice: their language is chosen
    // apart from the program's, since many organisations post in both.
    auto* publish = new QGroupBox(this);
    publish->setObjectName(u"publishGroupBox"_s);
    auto* explanation = new QLabel(publish);
    explanation->setWordWrap(true);
    bindText(explanation,
             QT_TR_NOOP("Visitors' comments and pictures are covered only if those people object "
                        "themselves. Post this short text on your pages, and add the paragraph "
                        "to the privacy notice of your social-media presence."));
    m_textLanguage = new QComboBox(publish);
    m_textLanguage->setObjectName(u"publishLanguageComboBox"_s);
    m_textLanguage->addItem(QString(), u"de"_s);
    m_textLanguage->addItem(QString(), u"en"_s);
    auto* languageLabel = new QLabel(publish);
    languageLabel->setBuddy(m_textLanguage);
    bindText(languageLabel, QT_TR_NOOP("&Language of the texts:"));
    auto* followers = new QPushButton(publish);
    followers->setObjectName(u"copyFollowerTextButton"_s);
    bindText(followers, QT_TR_NOOP("Copy te&xt for followers"));
    auto* privacy = new QPushButton(publish);
    privacy->setObjectName(u"copyPrivacyNoticeButton"_s);
    bindText(privacy, QT_TR_NOOP("Copy paragraph for the privacy &notice"));
    m_copied = new QLabel(publish);
    m_copied->setObjectName(u"publishStatusLabel"_s);
    m_copied->setWordWrap(true);
    // Room for the message kept at all times, so the buttons never move under
    // the pointer when it appears or goes.
    m_copied->setMinimumHeight(m_copied->fontMetrics().lineSpacing() * 2);
    connect(followers, &QPushButton::clicked, this, [this] { copy(false); });
    connect(privacy, &QPushButton::clicked, this, [this] { copy(true); });
    connect(m_textLanguage, &QComboBox::currentIndexChanged, m_copied, &QLabel::clear);

    // Two rows: one would be wider than a screen at 200 %.
    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_textLanguage);
    languageRow->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(followers);
    row->addWidget(privacy);
    row->addStretch();
    auto* publishLayout = new QVBoxLayout(publish);
    publishLayout->addWidget(explanation);
    publishLayout->addLayout(languageRow);
    publishLayout->addLayout(row);
    publishLayout->addWidget(m_copied);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(publish);
    onLanguageChange([this, publish] {
        publish->setTitle(tr("For your followers and your privacy notice"));
        m_textLanguage->setItemText(0, tr("German"));
        m_textLanguage->setItemText(1, tr("English"));
        m_copied->clear();
        showSummary();
    });
}

QString DonePage::whatYouDid() const
{
    const auto path = [](const QString& file) {
        return PageText::escaped(QDir::toNativeSeparators(file));
    };
    // A few names say which letter it was; forty would bury the rest.
    constexpr int shownAccounts = 6;
    QStringList accounts;
    for (const Account& account : m_request.accounts.mid(0, shownAccounts))
        accounts << PageText::escaped(platformName(account.platform) + u": "_s + account.name);
    if (m_request.accounts.size() > shownAccounts)
        accounts << tr("and %1 more").arg(m_request.accounts.size() - shownAccounts);
    QStringList saved;
    for (const QString& file : m_log.savedLetters) {
        if (!saved.contains(path(file)))
            saved << path(file);
    }
    QStringList done;
    done << tr("Pages and accounts in the letter (%1): %2.")
                .arg(m_request.accounts.size())
                .arg(accounts.join(u"; "_s));
    done << (saved.isEmpty()
                 ? tr("<b>Not saved as PDF</b> in this session. Go back to save or print it.")
                 : tr("Saved as PDF: %1").arg(saved.join(u", "_s)));
    // Compared by what the letter says, not by file times: going back and
    // changing an entry after saving leaves the old letter in the PDF.
    const QString letter = PlainTextLetterWriter::fullText(
        LetterComposer(m_request.options.letterLanguage).compose(m_request));
    if (!saved.isEmpty() && m_log.savedLetterText != letter)
        done << tr("<b>The saved PDF is no longer the letter:</b> an entry was changed after "
                   "it was saved. Go back to “Preview and send” and save it again with “Save as "
                   "PDF …”.");
    done << (m_log.printed ? tr("Sent to the printer.") : tr("Not printed in this session."));
    if (m_log.printed && m_log.printedLetterText != letter)
        done << tr("<b>The printout is no longer the letter:</b> an entry was changed after it "
                   "was printed. Go back to “Preview and send” and print it again before you "
                   "send it.");
    done << (m_log.textCopied ? tr("The text for Meta's online form was copied.")
                              : tr("The text for Meta's online form was not copied."));
    if (m_log.textCopied && m_log.copiedLetterText != letter)
        done << tr("<b>The copied text is no longer the letter:</b> an entry was changed after "
                   "it was copied. Go back to “Preview and send” and copy it again before you "
                   "paste it into Meta's form.");
    done << (m_log.recorded > 0
                 ? tr("Entered in the record of objections.")
                 : tr("<b>Not entered in the record of objections yet.</b> Once it is sent, use "
                      "“Record as sent” on the previous page."));
    if (m_log.recorded > 0 && m_log.recordedLetterText != letter)
        done << tr("<b>The record holds the letter as it was recorded:</b> an entry was changed "
                   "afterwards. If you send the changed letter, record it as sent again.");
    // Accounts of the organisation that no entry covers yet (Art. 5(2) GDPR:
    // the organisation shows what it did for each).
    const QList<Account> uncovered =
        AccountOverview::uncovered(m_records.entriesMatching(m_request.organisation.name),
                                   m_request.organisation.name, m_request.accounts);
    if (!m_records.unreadable() &&
        (m_log.recorded > 0 || uncovered.size() < m_request.accounts.size())) {
        QStringList names;
        for (const Account& account : uncovered.mid(0, shownAccounts))
            names << PageText::escaped(platformName(account.platform) + u": "_s + account.name);
        if (uncovered.size() > shownAccounts)
            names << tr("and %1 more").arg(uncovered.size() - shownAccounts);
        done << (uncovered.isEmpty() ? tr("Every account in the letter has a recorded objection.")
                                     : tr("<b>Without a recorded objection (%1):</b> %2.")
                                           .arg(uncovered.size())
                                           .arg(names.join(u"; "_s)));
    }
    done << (m_log.reminders.isEmpty()
                 ? tr("No calendar reminder saved.")
                 : tr("Calendar reminder saved: %1").arg(path(m_log.reminders.constLast())));
    done << (m_log.savedProfile.isEmpty()
                 ? tr("Your entries are not saved as a profile (“Save profile …”).")
                 : tr("Profile (opened or saved last): %1").arg(path(m_log.savedProfile)));
    return tr("<p><b>What you did:</b></p>") + PageText::bulletList(done);
}

void DonePage::showSummary()
{
    m_view->setHtml(
        whatYouDid() + tr("<p><b>Next steps:</b></p>") +
        PageText::bulletList({
            // As on the preview page: the form is for Instagram accounts and
            // the admin's own profile; a Facebook Page goes with the letter.
            tr("Send the text through Meta's online form for each Instagram account and for "
               "your own personal profile, and keep Meta's confirmation e-mail."),
            tr("An online form covers one account; accounts linked in Meta's Accounts Center "
               "can be covered together. A Facebook Page is covered by the letter: the form, "
               "sent while logged in with your personal account, may cover only your own "
               "profile."),
            tr("If the e-mail address of an account changes, object again."),
            tr("Send the letter by post, ideally by registered mail, and file a copy "
               "together with the date you sent it."),
            tr("Record what you sent under “Record of objections”, add Meta's confirmation "
               "when it comes, and keep the documentation PDF with your files."),
            tr("For the objections of the people named in the letter Meta must act without "
               "undue delay and within one month, extendable by two further months if it says "
               "so within the first month (Art. 12(3) GDPR); for your organisation's own demand "
               "the letter asks Meta to answer within that month."),
            tr("If nothing has come after a month: write again and keep both letters with "
               "the record. You can also inform Meta's lead supervisory authority, the Irish "
               "Data Protection Commission, the HmbBfDI, which conducts proceedings concerning "
               "Meta in Germany, or your own supervisory authority. A complaint under Art. 77 "
               "GDPR is a right of the people concerned; an organisation sends information."),
        }));
    m_view->setAccessibleName(title());
}

void DonePage::load()
{
    m_records.open();
    // Followers read the organisation's own language, not necessarily the
    // letter's (a German organisation may write to Meta in English) nor the
    // interface's: the country's, else the interface's.
    QString language = Countries::letterLanguage(m_request.organisation.country);
    if (language.isEmpty())
        language = AppTranslations::current();
    const int index = m_textLanguage->findData(language);
    m_textLanguage->setCurrentIndex(qMax(0, index));
    m_copied->clear();
    showSummary();
}

void DonePage::copy(bool privacyNotice)
{
    const LetterComposer composer(m_textLanguage->currentData().toString());
    const qsizetype facebookPages = std::count_if(
        m_request.accounts.cbegin(), m_request.accounts.cend(),
        [](const Account& account) { return account.platform == Platform::Facebook; });
    QGuiApplication::clipboard()->setText(privacyNotice ? composer.privacyNotice(facebookPages)
                                                        : composer.followerNotice());
    m_copied->setText(privacyNotice
                          ? tr("The paragraph for the privacy notice is on the clipboard.")
                          : tr("The text for your followers is on the clipboard."));
}
