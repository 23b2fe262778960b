#include "ChecklistPage.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "AttachmentStore.h"
#include "DialogSeams.h"
#include "PageText.h"
#include "RecordStore.h"
#include "WrappingCheckBox.h"

using namespace Qt::StringLiterals;

ChecklistPage::ChecklistPage(AppSettings& settings, QWidget* parent)
    : WizardPage(parent), m_settings(settings)
{
    bindTitles(QT_TR_NOOP("What you need"),
               QT_TR_NOOP("Have these at hand. You can tick them off as you go."));
}

void ChecklistPage::build()
{
    auto* layout = new QVBoxLayout(this);
    // Ids, not texts, are kept: a reworded item stays ticked.
    const std::pair<const char*, const char*> items[] = {
        {"access", QT_TR_NOOP("Access to each account and the account's e-mail address")},
        {"address", QT_TR_NOOP("The name and postal address of your organisation")},
        {"accounts", QT_TR_NOOP("A list of all Facebook Pages and Instagram accounts with their "
                                "addresses: the letter names each of them, and Meta's online "
                                "form is sent once for each account")},
        {"adminProfiles",
         QT_TR_NOOP("The personal profiles of the admins: Meta's online form covers the profile "
                    "that is logged in when it is sent, so each admin objects for their own "
                    "profile as well")},
        {"accountsCenter",
         QT_TR_NOOP("Which accounts are linked in Meta's Accounts Center: one objection may "
                    "cover them together, but to be safe object for each and record it")},
        {"contact",
         QT_TR_NOOP("A contact person for Meta's answer, e.g. your data-protection officer")},
        {"signatory", QT_TR_NOOP("Who signs the letter (for an authority: its head or an "
                                 "authorised official), and your reference if you use one")},
    };
    const QStringList ticked = m_settings.checklistTicks();
    for (const auto& [id, text] : items) {
        auto* box = new WrappingCheckBox(this);
        box->setObjectName(u"checklist-"_s + QString::fromLatin1(id));
        bindText(box, text);
        box->box()->setChecked(ticked.contains(QString::fromLatin1(id)));
        connect(box->box(), &QCheckBox::toggled, this,
                [this, id = QString::fromLatin1(id)](bool on) {
                    QStringList ids = m_settings.checklistTicks();
                    ids.removeAll(id);
                    if (on)
                        ids << id;
                    m_settings.setChecklistTicks(ids);
                });
        layout->addWidget(box);
    }
    auto* view = PageText::view(this);
    layout->addWidget(view);
    onLanguageChange([this, view] {
        // Where the entries go if the user keeps them: said before they are typed.
        const QString location = m_settings.location();
        view->setHtml(
            tr("<p>Everything you enter stays on this computer. The wizard works offline and "
               "only opens Meta's pages in your browser when you ask it to. The ticks in the "
               "list above are kept in the program's settings, so it shows what is done next "
               "time.</p>") +
            tr("<p>Nothing you type is kept after you close the program unless you tick "
               "“Remember my entries on this computer” below or save a profile. Remembered are the "
               "organisation, contact person, e-mail address, telephone, accounts and letter "
               "options, unencrypted, in %1, until you delete them here.</p>")
                .arg(location.isEmpty() ? tr("the program's settings") : location.toHtmlEscaped()) +
            tr("<p>When you record an objection as sent, the record (organisation, accounts with "
               "their login e-mails, who sent it, the text) is kept in %1 until you delete the "
               "entry under “Record of objections”. Files you attach to it as evidence (Meta's "
               "e-mails, screenshots) are copied into %2 and deleted with the entry.</p>")
                .arg(QDir::toNativeSeparators(RecordStore::defaultPath()).toHtmlEscaped(),
                     QDir::toNativeSeparators(AttachmentStore::defaultFolder()).toHtmlEscaped()));
        view->setAccessibleName(title());
    });

    auto* remember = new QCheckBox(this);
    remember->setObjectName(u"rememberEntriesCheckBox"_s);
    bindText(remember, QT_TR_NOOP("&Remember my entries on this computer"));
    remember->setChecked(m_settings.rememberEntries());
    connect(remember, &QCheckBox::toggled, this,
            [this](bool on) { m_settings.setRememberEntries(on); });
    auto* forget = new QPushButton(this);
    forget->setObjectName(u"forgetEntriesButton"_s);
    bindText(forget, QT_TR_NOOP("&Delete stored entries …"));
    connect(forget, &QPushButton::clicked, this, [this, remember] {
        if (!MessageBox::question(this, tr("Delete stored entries"),
                                  tr("Delete everything KI-Widerspruch keeps in its settings on "
                                     "this computer, including the remembered entries? What is "
                                     "in the wizard now stays until you close it. The record "
                                     "of objections is not affected.")))
            return;
        m_settings.forgetEverything();
        remember->setChecked(false);
        MessageBox::information(this, tr("Delete stored entries"),
                                tr("The stored entries were deleted. Nothing is remembered "
                                   "until you tick “Remember my entries” again."));
    });
    auto* privacy = new QHBoxLayout;
    privacy->addWidget(remember);
    privacy->addStretch();
    privacy->addWidget(forget);
    layout->addLayout(privacy);
}
