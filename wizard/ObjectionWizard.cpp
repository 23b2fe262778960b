#include "ObjectionWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QScreen>
#include <QShortcut>
#include <QTimer>

#include "AltKeyGuard.h"
#include "AppTranslations.h"
#include "Countries.h"
#include "DialogSeams.h"
#include "ProfileFile.h"
#include "SaveThroughDialog.h"
#include "StepList.h"
#include "Today.h"
#include "WheelGuard.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/HistoryDialog.h"
#include "pages/AccountsPage.h"
#include "pages/ChecklistPage.h"
#include "pages/DonePage.h"
#include "pages/HowPage.h"
#include "pages/LetterOptionsPage.h"
#include "pages/OrganisationPage.h"
#include "pages/OverviewPage.h"
#include "pages/PreviewPage.h"
#include "pages/WhyPage.h"

using namespace Qt::StringLiterals;

ObjectionWizard::ObjectionWizard(QWidget* parent) : QWizard(parent)
{
    const AppSettings::Remembered remembered = m_settings.lastEntries();
    m_startProblems = QStringList{m_settings.fileProblem(), remembered.problem};
    m_startProblems.removeAll(QString());
    if (remembered.request) {
        m_request = *remembered.request;
    } else {
        m_request.organisation.country = defaultCountry();
        // The organisation's country decides, not the interface's language: a
        // German city using the English interface still writes in German.
        const QString fromCountry = Countries::letterLanguage(m_request.organisation.country);
        m_request.options.letterLanguage =
            fromCountry.isEmpty() ? AppTranslations::current() : fromCountry;
        m_request.organisation.publicBody = suggestedPublicBody(m_request.organisation.kind);
        m_request.options.grounds = suggestedGrounds(m_request.organisation);
    }
    m_request.options.date = Today::date(); // a letter is dated the day it is made

    // Here, not in main(): every window of the program opens from the
    // wizard, and the tests that drive the wizard get the same keys.
    AltKeyGuard::install();
    WheelGuard::install();
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // Language and profile buttons sit on the left of the button row on every page.
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setOption(QWizard::HaveCustomButton3);
    // The record of objections, from every page: a user who comes back a
    // month later must not type her organisation to reach it.
    setOption(QWizard::HaveHelpButton);
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::CustomButton3,
                     QWizard::HelpButton, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
                     QWizard::CancelButton});
    button(QWizard::CustomButton1)->setObjectName(u"languageButton"_s);
    button(QWizard::CustomButton2)->setObjectName(u"openProfileButton"_s);
    button(QWizard::CustomButton3)->setObjectName(u"saveProfileButton"_s);
    button(QWizard::HelpButton)->setObjectName(u"historyButton"_s);
    connect(this, &QWizard::helpRequested, this, [this] { showRecordEntry(QString()); });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            setUiLanguage(AppTranslations::current() == "de"_L1 ? u"en"_s : u"de"_s);
        else if (which == QWizard::CustomButton2)
            openProfile();
        else if (which == QWizard::CustomButton3)
            saveProfile();
    });
    connect(new QShortcut(QKeySequence::Open, this), &QShortcut::activated, this,
            &ObjectionWizard::openProfile);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this,
            &ObjectionWizard::saveProfile);
    connect(new QShortcut(recordShortcut(), this), &QShortcut::activated, this,
            [this] { showRecordEntry(QString()); });
    connect(new QShortcut(QKeySequence::HelpContents, this), &QShortcut::activated, this,
            [this] { AboutDialog(this).exec(); });
    connect(this, &QWizard::currentIdChanged, this, &ObjectionWizard::rememberEntriesOnPageChange);
    // Back to a page: what it misses is said again (Next is one button for all).
    connect(this, &QWizard::currentIdChanged, this, [this] {
        if (auto* shown = qobject_cast<WizardPage*>(currentPage()))
            shown->showMissing();
    });

    setPage(WhyPageId, new WhyPage(this));
    setPage(HowPageId, new HowPage(this));
    setPage(ChecklistPageId, new ChecklistPage(m_settings, this));
    setPage(OrganisationPageId, new OrganisationPage(m_request, this));
    setPage(AccountsPageId, new AccountsPage(m_request, m_records, this));
    setPage(LetterOptionsPageId, new LetterOptionsPage(m_request, this));
    setPage(PreviewPageId, new PreviewPage(m_request, m_records, m_log, this));
    setPage(DonePageId, new DonePage(m_request, m_records, m_log, this));
    setStartId(WhyPageId);
    // Recorded entries, as far as can be known without opening the record
    // (the first paint comes first): the case is shown before the steps.
    const QString recordPath = m_records.path();
    if ((QFileInfo::exists(recordPath) ||
         QFileInfo::exists(RecordStore::legacyJsonPath(recordPath))) &&
        !m_settings.recordKnownEmpty()) {
        addOverview();
        setStartId(OverviewPageId);
    }
    m_steps = new StepList(this, {WhyPageId, HowPageId, ChecklistPageId, OrganisationPageId,
                                  AccountsPageId, LetterOptionsPageId, PreviewPageId, DonePageId});
    setSideWidget(m_steps);
    retranslate();
    m_kept = m_request;
}

ObjectionWizard::~ObjectionWizard()
{
    hide();
}

QKeySequence ObjectionWizard::recordShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::Key_R);
}

QString ObjectionWizard::defaultCountry()
{
    return tr("Germany", "default country of the organisation");
}

QSize ObjectionWizard::initialSize() const
{
    const QSize wanted = sizeHint().expandedTo(QSize(900, 680));
    // Room for the frame and title bar the window manager adds.
    const QSize room = screen()->availableGeometry().size() - QSize(16, 56);
    return wanted.boundedTo(room).expandedTo(minimumSizeHint());
}

bool ObjectionWizard::hasUnkeptEntries() const
{
    // The date is not an entry: it is set to the day the letter is made.
    ObjectionRequest now = m_request;
    now.options.date = m_kept.options.date;
    return !(now == m_kept);
}

bool ObjectionWizard::mayDiscardEntries(const QString& question)
{
    if (!hasUnkeptEntries())
        return true;
    switch (MessageBox::askToSave(this, tr("Entries not saved"), question)) {
    case MessageBox::SaveChoice::Save:
        return saveProfile();
    case MessageBox::SaveChoice::Discard:
        return true;
    case MessageBox::SaveChoice::Cancel:
        break;
    }
    return false;
}

void ObjectionWizard::setRequest(const ObjectionRequest& request)
{
    m_request = request;
    m_kept = request;
    for (int id : pageIds()) {
        if (auto* wizardPage = qobject_cast<WizardPage*>(page(id)))
            wizardPage->reload();
    }
}

void ObjectionWizard::openProfile()
{
    if (!mayDiscardEntries(tr("Your entries are not saved as a profile. Save them before the "
                              "profile you open replaces them?")))
        return;
    const QString path = FileDialog::getOpenFileName(
        this, tr("Open profile"), m_settings.lastFolder(),
        tr("KI-Widerspruch profiles (*.kiw.json *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    const ProfileReadResult result = ProfileFile::read(path);
    if (!result.request) {
        MessageBox::warning(this, tr("Profile not opened"),
                            tr("%1 could not be opened as a profile: %2\n\nYour entries are "
                               "unchanged.")
                                .arg(QFileInfo(path).fileName(), result.error));
        return;
    }
    // A letter is dated the day it is made, as on the command line; the date
    // stored in the profile is the day it was saved.
    ObjectionRequest opened = *result.request;
    opened.options.date = Today::date();
    setRequest(opened);
    // What was done was done with the entries before: the summary starts
    // anew, with the profile the entries now come from.
    m_log = SessionLog{};
    m_log.savedProfile = path;
    rememberEntries();
    // Opened on a later page, a profile without the required entries would
    // leave a letter without sender or accounts on the preview: back to the
    // first page that lacks them.
    for (int id : {OrganisationPageId, AccountsPageId}) {
        if (currentId() > id && !page(id)->isComplete()) {
            goBackTo(id);
            break;
        }
    }
}

void ObjectionWizard::goBackTo(int id)
{
    while (currentId() > id) {
        const int before = currentId();
        back();
        if (currentId() == before) { // the page was never visited (started later)
            setStartId(id);
            restart();
            return;
        }
    }
}

bool ObjectionWizard::saveProfile()
{
    QString folder = m_settings.lastFolder();
    if (folder.isEmpty())
        folder = SaveThroughDialog::defaultFolder();
    QString name = m_request.organisation.name.simplified();
    name.replace(u'/', u'-').replace(u'\\', u'-'); // a name, not a path into subfolders
    while (name.endsWith(u'.'))                    // "… e. V." + ".kiw.json"
        name.chop(1);
    if (name.isEmpty())
        name = tr("profile");
    QString path = FileDialog::getSaveFileName(this, tr("Save profile"),
                                               QDir(folder).filePath(name + u".kiw.json"_s),
                                               tr("KI-Widerspruch profiles (*.kiw.json)"));
    path =
        SaveThroughDialog::withSuffix(this, tr("Save profile"), path, u".json"_s, u".kiw.json"_s);
    if (path.isEmpty())
        return false;
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    const QString error = ProfileFile::write(path, m_request, AtomicFileWriter::Naming::ByUser);
    if (!error.isEmpty()) {
        MessageBox::warning(this, tr("Profile not saved"), error);
        return false;
    }
    m_kept = m_request;
    m_log.savedProfile = path;
    return true;
}

void ObjectionWizard::endFromOutside()
{
    rememberEntries();
    // Written now, not when the program ends: at log-off Windows ends it as
    // soon as it has answered.
    m_settings.saveProblem();
    m_endingFromOutside = true;
}

void ObjectionWizard::rememberEntries()
{
    m_settings.setLastEntries(m_request);
}

void ObjectionWizard::rememberEntriesOnPageChange()
{
    rememberEntries();
    // Said once: entries that cannot be remembered should not look remembered.
    if (const QString problem = m_settings.saveProblem(); !problem.isEmpty() && !m_saveWarned) {
        m_saveWarned = true;
        MessageBox::warning(this, tr("Stored entries"), problem);
    }
}

void ObjectionWizard::done(int result)
{
    // An entry of the record that could not be written: once more, then ask.
    // (Ended from outside – log-off, SIGTERM – nobody can answer.)
    if (m_records.hasUnsaved() && !m_records.saveUnsaved().isEmpty() && !m_endingFromOutside &&
        !MessageBox::question(this, tr("Record of objections"),
                              tr("An entry in the record of objections could not be saved (see "
                                 "the message before). If you close KI-Widerspruch now, it is "
                                 "lost. Close anyway?")))
        return;
    // Finished, closed, cancelled or Esc: typed entries are not lost without
    // asking, unless the user has them remembered.
    if (!m_endingFromOutside && !m_settings.rememberEntries() &&
        !mayDiscardEntries(tr("Your entries are not saved. Save them as a profile before "
                              "KI-Widerspruch closes? Otherwise they are gone.")))
        return;
    rememberEntries();
    QWizard::done(result);
}

void ObjectionWizard::addOverview()
{
    m_overview = new OverviewPage(m_records, m_request, this);
    setPage(OverviewPageId, m_overview);
    connect(m_overview, &OverviewPage::recordWanted, this, &ObjectionWizard::showRecordEntry);
    // Back on it from the steps: what was recorded there shows.
    connect(this, &QWizard::currentIdChanged, m_overview, [this](int id) {
        if (id == OverviewPageId && m_records.isOpen())
            m_overview->refresh();
    });
}

void ObjectionWizard::showCase()
{
    if (!m_records.isOpen()) {
        // Not readable (the message said why): the overview says so too.
        if (m_overview)
            m_overview->refresh();
        return;
    }
    const bool entries = m_records.count() > 0 || m_records.unreadable();
    m_settings.setRecordKnownEmpty(!entries && m_records.readError().isEmpty());
    // Only while the user has not started: a page that changes under her
    // hand would lose her place.
    const bool untouched = visitedIds().size() <= 1;
    if (entries && !m_overview && untouched && currentId() == WhyPageId) {
        addOverview();
        setStartId(OverviewPageId);
        restart();
    } else if (entries && m_overview) {
        m_overview->refresh();
    } else if (!entries && m_overview && currentId() == OverviewPageId && untouched) {
        setStartId(WhyPageId);
        restart();
        removePage(OverviewPageId);
        m_overview = nullptr;
    }
}

void ObjectionWizard::showRecordEntry(const QString& id)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    if (m_recordWindow) {
        if (!id.isEmpty())
            m_recordWindow->select(id);
        m_recordWindow->raise();
        m_recordWindow->activateWindow();
        return;
    }
    // Runs its own event loop until closed (callers from a socket queue the
    // call, so that they have returned first).
    HistoryDialog dialog(m_records, m_request, this);
    m_recordWindow = &dialog;
    if (!id.isEmpty())
        dialog.select(id);
    dialog.exec();
    // What was done there (a follow-up, a confirmation) shows at once.
    if (m_overview)
        m_overview->refresh();
}

void ObjectionWizard::setUiLanguage(const QString& language)
{
    if (language == AppTranslations::current())
        return;
    QWidget* focused = QApplication::focusWidget();
    // The preset country follows the language as long as the user has not
    // typed another one.
    const bool presetCountry = m_request.organisation.country == defaultCountry();
    AppTranslations::install(qApp, language);
    // Before the pages retranslate: the preview's warnings name the country.
    if (presetCountry) {
        m_request.organisation.country = defaultCountry();
        qobject_cast<WizardPage*>(page(OrganisationPageId))->reload();
    }
    // Qt posts the LanguageChange events; deliver them now so the whole window
    // is in the new language when this returns, and keep the keyboard focus.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    m_steps->refresh(); // after the pages have their titles in the new language
    if (focused)
        focused->setFocus();
}

void ObjectionWizard::showEvent(QShowEvent* event)
{
    QWizard::showEvent(event);
    // Said once the window is there, not in place of it.
    if (!m_startProblems.isEmpty()) {
        const QString problems = m_startProblems.join(u"\n\n"_s);
        m_startProblems.clear();
        QTimer::singleShot(0, this, [this, problems] {
            MessageBox::warning(this, tr("Stored entries"), problems);
        });
    }
}

void ObjectionWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void ObjectionWizard::retranslate()
{
    // QWizard names its buttons once, when it is made; after a language switch
    // they are named again from Qt's own translation (context "QWizard" in
    // qtbase_*.qm). The texts are held in variables so that lupdate does not
    // copy Qt's strings into the app's translation.
    const char* const qtContext = "QWizard";
    const std::pair<QWizard::WizardButton, const char*> standardButtons[] = {
        {QWizard::BackButton, "< &Back"},
        {QWizard::NextButton, "&Next >"},
        {QWizard::FinishButton, "&Finish"},
        {QWizard::CancelButton, "Cancel"},
    };
    for (const auto& [which, text] : standardButtons)
        setButtonText(which, QCoreApplication::translate(qtContext, text));

    // The platform appends the application's display name ("KI-Widerspruch").
    setWindowTitle(tr("Objection to Meta's AI training"));
    // The button names the language it switches to, in that language.
    const bool german = AppTranslations::current() == "de"_L1;
    setButtonText(QWizard::CustomButton1, german ? u"English"_s : u"Deutsch"_s);
    button(QWizard::CustomButton1)
        ->setAccessibleName(german ? u"Sprache: English"_s : u"Language: Deutsch"_s);
    button(QWizard::CustomButton1)->setToolTip(tr("Switch the language of the program"));
    setButtonText(QWizard::CustomButton2, tr("Open profile …"));
    button(QWizard::CustomButton2)
        ->setToolTip(tr("Fill in the wizard from a saved profile (%1)")
                         .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    setButtonText(QWizard::CustomButton3, tr("Save profile …"));
    button(QWizard::CustomButton3)
        ->setToolTip(tr("Save the organisation, accounts and letter options as a profile (%1)")
                         .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    // No mnemonic: every letter of it is taken on some page; like the profile
    // buttons it has a shortcut (Ctrl+R), named in its tooltip.
    setButtonText(QWizard::HelpButton, tr("Record of objections …"));
    button(QWizard::HelpButton)
        ->setToolTip(tr("What was sent, Meta's answers, evidence, follow-up letters – for every "
                        "organisation (%1)")
                         .arg(recordShortcut().toString(QKeySequence::NativeText)));
}
