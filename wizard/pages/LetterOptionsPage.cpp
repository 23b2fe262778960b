#include "LetterOptionsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QVBoxLayout>

#include "AuthorisingPersonsBox.h"
#include "CharacterLimit.h"
#include "FieldMessage.h"
#include "FormRows.h"
#include "InputValidation.h"
#include "SignatoryRules.h"
#include "WrappingCheckBox.h"

using namespace Qt::StringLiterals;

LetterOptionsPage::LetterOptionsPage(ObjectionRequest& request, QWidget* parent)
    : WizardPage(parent), m_request(request)
{
    bindTitles(QT_TR_NOOP("Letter options"),
               QT_TR_NOOP("Choose what the letter should say and who signs it. The suggestions "
                          "fit your organisation."));
}

QWidget* LetterOptionsPage::buildLetterBox()
{
    auto* box = new QGroupBox(this);
    onLanguageChange([this, box] { box->setTitle(tr("The letter")); });
    m_languageCombo = new QComboBox(box);
    m_languageCombo->setObjectName(u"letterLanguageComboBox"_s);
    // Each language under its own name, as language choices usually are.
    m_languageCombo->addItem(u"Deutsch"_s, u"de"_s);
    m_languageCombo->addItem(u"English"_s, u"en"_s);
    m_dateEdit = new QDateEdit(box);
    m_dateEdit->setObjectName(u"dateEdit"_s);
    m_dateEdit->setCalendarPopup(true);
    m_referenceEdit = new QLineEdit(box);
    m_referenceEdit->setObjectName(u"referenceLineEdit"_s);
    limitLength(m_referenceEdit, InputLimits::reference);
    m_postalNoteCombo = new QComboBox(box);
    m_postalNoteCombo->setObjectName(u"postalNoteComboBox"_s);
    for (PostalNote note :
         {PostalNote::None, PostalNote::Registered, PostalNote::RegisteredReturnReceipt})
        m_postalNoteCombo->addItem(QString(), int(note));
    onLanguageChange([this] {
        m_postalNoteCombo->setItemText(0, tr("none"));
        m_postalNoteCombo->setItemText(1, tr("Registered mail (Einschreiben)"));
        m_postalNoteCombo->setItemText(2, tr("Registered mail with return receipt"));
        m_referenceEdit->setPlaceholderText(tr("optional, e.g. a file number"));
        //: Date format of the date field (QDate::toString); German: dd.MM.yyyy
        m_dateEdit->setDisplayFormat(tr("d MMM yyyy"));
    });
    auto* form = new QFormLayout(box);
    bindText(addLabelledRow(form, m_languageCombo), QT_TR_NOOP("&Language of the letter"));
    bindText(addLabelledRow(form, m_dateEdit), QT_TR_NOOP("&Date"));
    bindText(addLabelledRow(form, m_referenceEdit), QT_TR_NOOP("Our &reference"));
    bindText(addLabelledRow(form, m_postalNoteCombo), QT_TR_NOOP("N&ote above the address"));
    return box;
}

QWidget* LetterOptionsPage::buildGroundsBox()
{
    auto* box = new QGroupBox(this);
    onLanguageChange([this, box] {
        box->setTitle(tr("What Meta should weigh: your organisation's situation"));
    });
    auto* layout = new QVBoxLayout(box);
    auto* hint = new QLabel(box);
    hint->setWordWrap(true);
    bindText(hint, QT_TR_NOOP("Meta relies on legitimate interests (Art. 6(1)(f) GDPR) and must "
                              "weigh the facts you state. The letter always names your "
                              "responsibility for what you published, its purpose and the "
                              "expectations of the people shown. Tick what else is true of your "
                              "own posts, or describe it in your own words:"));
    layout->addWidget(hint);
    const std::pair<Ground, const char*> grounds[] = {
        {Ground::PublicBody,
         QT_TR_NOOP("Body of the state: bound to neutrality, responsible for the citizens who "
                    "contact us")},
        {Ground::Minors, QT_TR_NOOP("Our own posts show or name minors")},
        {Ground::Vulnerable, QT_TR_NOOP("Our own posts show vulnerable people")},
        {Ground::Confidential,
         QT_TR_NOOP("Our replies refer to personal matters of the people who asked")},
        {Ground::SpecialCategories,
         QT_TR_NOOP("Our own posts, published with the consent of the people shown, let others "
                    "infer special categories of data (Art. 9 GDPR):")},
    };
    for (const auto& [ground, label] : grounds) {
        // Long labels wrap: a plain QCheckBox would widen the page beyond a
        // small or scaled screen.
        auto* row = new WrappingCheckBox(box);
        bindText(row, label);
        QCheckBox* check = row->box();
        check->setObjectName(u"groundCheckBox"_s + QString::number(int(ground)));
        layout->addWidget(row);
        m_groundBoxes.insert(ground, check);
        m_groundRows.insert(ground, row);
        connect(check, &QCheckBox::toggled, this, &LetterOptionsPage::store);
    }
    // A church is no body of the state: its own words (see LetterComposer).
    onLanguageChange([this] { showPublicBodyLabel(); });
    // The categories, under their ground and only with it.
    auto* categories = new QHBoxLayout;
    categories->setContentsMargins(style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                                       style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing),
                                   0, 0, 0);
    const std::pair<SpecialCategory, const char*> kinds[] = {
        {SpecialCategory::Religion, QT_TR_NOOP("religion")},
        {SpecialCategory::Health, QT_TR_NOOP("health")},
        {SpecialCategory::TradeUnion, QT_TR_NOOP("trade union membership")},
    };
    for (const auto& [category, label] : kinds) {
        auto* check = new QCheckBox(box);
        bindText(check, label);
        check->setObjectName(u"specialCategoryCheckBox"_s + QString::number(int(category)));
        categories->addWidget(check);
        m_categoryBoxes.insert(category, check);
        connect(check, &QCheckBox::toggled, this, &LetterOptionsPage::store);
    }
    m_otherCategoriesEdit = new QLineEdit(box);
    m_otherCategoriesEdit->setObjectName(u"otherSpecialCategoriesLineEdit"_s);
    limitLength(m_otherCategoriesEdit, InputLimits::field);
    categories->addWidget(m_otherCategoriesEdit, 1);
    connect(m_otherCategoriesEdit, &QLineEdit::textChanged, this, &LetterOptionsPage::store);
    onLanguageChange([this] { m_otherCategoriesEdit->setPlaceholderText(tr("other")); });
    layout->addLayout(categories);
    m_ownGroundsEdit = new QPlainTextEdit(box);
    m_ownGroundsEdit->setObjectName(u"ownGroundsTextEdit"_s);
    m_ownGroundsEdit->setTabChangesFocus(true);
    m_ownGroundsEdit->setMaximumHeight(m_ownGroundsEdit->fontMetrics().lineSpacing() * 5);
    auto* ownLabel = new QLabel(box);
    bindText(ownLabel, QT_TR_NOOP("&Further grounds in your own words:"));
    ownLabel->setBuddy(m_ownGroundsEdit);
    layout->addWidget(ownLabel);
    layout->addWidget(m_ownGroundsEdit);
    m_ownGroundsMessage = new FieldMessage(box);
    m_ownGroundsMessage->setObjectName(u"ownGroundsMessageLabel"_s);
    layout->addWidget(m_ownGroundsMessage);
    onLanguageChange([this] {
        m_ownGroundsEdit->setPlaceholderText(
            tr("Optional: describe your situation in your own words."));
        m_ownGroundsMessage->showMessage(QString()); // written in the old language
    });
    connect(m_ownGroundsEdit, &QPlainTextEdit::textChanged, this, [this] {
        // What is pasted beyond the limit is cut, and the user told so.
        if (keepFirstCharacters(m_ownGroundsEdit, InputLimits::ownGrounds)) {
            m_ownGroundsMessage->showMessage(
                tr("Only the first %L1 characters are kept; the letter has no room for more.")
                    .arg(InputLimits::ownGrounds));
        } else if (!m_loading) {
            m_ownGroundsMessage->showMessage(QString());
        }
        store();
    });
    return box;
}

QWidget* LetterOptionsPage::buildSignatoryBox()
{
    auto* box = new QGroupBox(this);
    onLanguageChange([this, box] { box->setTitle(tr("Who signs")); });
    m_signatoryNameEdit = new QLineEdit(box);
    m_signatoryNameEdit->setObjectName(u"signatoryNameLineEdit"_s);
    limitLength(m_signatoryNameEdit, InputLimits::name);
    m_signatoryRoleEdit = new QLineEdit(box);
    m_signatoryRoleEdit->setObjectName(u"signatoryRoleLineEdit"_s);
    limitLength(m_signatoryRoleEdit, InputLimits::field);
    m_capacityCombo = new QComboBox(box);
    m_capacityCombo->setObjectName(u"signatoryCapacityComboBox"_s);
    for (SignatoryCapacity capacity :
         {SignatoryCapacity::Self, SignatoryCapacity::OnBehalf, SignatoryCapacity::Deputy})
        m_capacityCombo->addItem(QString(), int(capacity));
    onLanguageChange([this] {
        m_signatoryNameEdit->setPlaceholderText(tr("empty: the contact person signs"));
        m_signatoryRoleEdit->setPlaceholderText(tr("e.g. Mayor, managing director"));
        m_capacityCombo->setItemText(0, tr("in their own name (head of the organisation)"));
        m_capacityCombo->setItemText(1, tr("on behalf (i. A.)"));
        m_capacityCombo->setItemText(2, tr("as deputy (i. V.)"));
    });
    auto* form = new QFormLayout(box);
    bindText(addLabelledRow(form, m_signatoryNameEdit), QT_TR_NOOP("Na&me"));
    bindText(addLabelledRow(form, m_signatoryRoleEdit), QT_TR_NOOP("Func&tion"));
    bindText(addLabelledRow(form, m_capacityCombo), QT_TR_NOOP("Si&gns"));
    m_capacityHint = new FieldMessage(box);
    m_capacityHint->setObjectName(u"signatoryCapacityHint"_s);
    form->addRow(QString(), m_capacityHint);
    // Typing a function suggests how it signs: a head in their own name,
    // anyone else "i. A." (the hint below says why when "own name" stays).
    for (QLineEdit* edit : {m_signatoryNameEdit, m_signatoryRoleEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            store();
            const SignatoryCapacity suggested = SignatoryRules::suggestedCapacity(m_request);
            m_capacityCombo->setCurrentIndex(m_capacityCombo->findData(int(suggested)));
        });
    }
    onLanguageChange([this] { showCapacityHint(); });
    return box;
}

void LetterOptionsPage::build()
{
    m_groundBoxes.clear();
    m_groundRows.clear();
    // More than a small screen holds: the page scrolls, the buttons stay.
    QWidget* content = scrollingBody();
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildLetterBox());
    layout->addWidget(buildGroundsBox());

    // A general argument, in a sentence of its own (not a ground of the
    // particular situation).
    auto* noNeed = new QCheckBox(content);
    noNeed->setObjectName(u"groundCheckBox"_s + QString::number(int(Ground::NoNeed)));
    bindText(noNeed, QT_TR_NOOP("Add that AI training is not needed for your public communication "
                                "through these accounts"));
    m_groundBoxes.insert(Ground::NoNeed, noNeed);
    m_groundRows.insert(Ground::NoNeed, noNeed);
    connect(noNeed, &QCheckBox::toggled, this, &LetterOptionsPage::store);
    layout->addWidget(noNeed);
    m_jointControllershipBox = new QCheckBox(content);
    bindText(m_jointControllershipBox,
             QT_TR_NOOP("Refer to &joint controllership for Facebook Pages (Art. 26 GDPR)"));
    m_jointControllershipBox->setObjectName(u"jointControllershipCheckBox"_s);
    // What the paragraph says and does not say, under the box: a check box
    // does not wrap, and this must not be hidden in a tooltip.
    auto* jointScope = new QLabel(content);
    jointScope->setObjectName(u"jointControllershipScopeLabel"_s);
    jointScope->setWordWrap(true);
    jointScope->setContentsMargins(style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                                       style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing),
                                   0, 0, 0);
    bindText(
        jointScope,
        QT_TR_NOOP("Only with a Facebook Page. The paragraph names the scope: the Page's data "
                   "collection and statistics (CJEU C-210/16 of 5 June 2018, C-40/17 of 29 July "
                   "2019), not the AI training; disputed beyond that (VG Köln, 17 July 2025, "
                   "13 K 1419/23, not final)."));
    m_confirmationBox = new QCheckBox(content);
    bindText(m_confirmationBox,
             QT_TR_NOOP("Ask for written &confirmation within one month (Art. 12(3) GDPR)"));
    m_confirmationBox->setObjectName(u"confirmationCheckBox"_s);
    layout->addWidget(m_jointControllershipBox);
    layout->addWidget(jointScope);
    layout->addWidget(m_confirmationBox);
    layout->addWidget(buildSignatoryBox());
    m_personsBox = new AuthorisingPersonsBox(m_request, content);
    onLanguageChange([this] { m_personsBox->retranslate(); });
    connect(m_personsBox, &AuthorisingPersonsBox::changed, this, &QWizardPage::completeChanged);
    layout->addWidget(m_personsBox);
    layout->addStretch();

    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &LetterOptionsPage::store);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &LetterOptionsPage::store);
    connect(m_referenceEdit, &QLineEdit::textChanged, this, &LetterOptionsPage::store);
    connect(m_postalNoteCombo, &QComboBox::currentIndexChanged, this, &LetterOptionsPage::store);
    connect(m_jointControllershipBox, &QCheckBox::toggled, this, &LetterOptionsPage::store);
    connect(m_confirmationBox, &QCheckBox::toggled, this, &LetterOptionsPage::store);
    connect(m_signatoryNameEdit, &QLineEdit::textChanged, this, &LetterOptionsPage::store);
    connect(m_signatoryRoleEdit, &QLineEdit::textChanged, this, &LetterOptionsPage::store);
    connect(m_capacityCombo, &QComboBox::currentIndexChanged, this, &LetterOptionsPage::store);
}

void LetterOptionsPage::showPublicBodyLabel()
{
    auto* row = qobject_cast<WrappingCheckBox*>(m_groundRows.value(Ground::PublicBody));
    if (!row)
        return;
    row->setText(m_request.organisation.kind == OrganisationKind::Church
                     ? tr("Church body: responsible for the people who turn to us")
                     : tr("Body of the state: bound to neutrality, responsible for the citizens "
                          "who contact us"));
}

void LetterOptionsPage::load()
{
    const LetterOptions& options = m_request.options;
    m_loading = true;
    showPublicBodyLabel();
    m_languageCombo->setCurrentIndex(
        std::max(0, m_languageCombo->findData(options.letterLanguage)));
    m_dateEdit->setDate(options.date);
    m_referenceEdit->setText(options.reference);
    m_postalNoteCombo->setCurrentIndex(m_postalNoteCombo->findData(int(options.postalNote)));
    const QList<Ground> applicable = applicableGrounds(m_request.organisation);
    for (auto it = m_groundBoxes.cbegin(); it != m_groundBoxes.cend(); ++it) {
        m_groundRows.value(it.key())->setVisible(applicable.contains(it.key()));
        it.value()->setChecked(options.grounds.contains(it.key()));
    }
    for (auto it = m_categoryBoxes.cbegin(); it != m_categoryBoxes.cend(); ++it)
        it.value()->setChecked(options.specialCategories.contains(it.key()));
    m_otherCategoriesEdit->setText(options.otherSpecialCategories);
    m_ownGroundsEdit->setPlainText(options.ownGrounds);
    m_ownGroundsMessage->showMessage(QString());
    // The case law concerns Facebook pages only (see LetterComposer).
    const bool facebook =
        std::any_of(m_request.accounts.cbegin(), m_request.accounts.cend(),
                    [](const Account& account) { return account.platform == Platform::Facebook; });
    m_jointControllershipBox->setEnabled(facebook);
    m_jointControllershipBox->setChecked(options.jointControllership);
    m_confirmationBox->setChecked(options.requestConfirmation);
    m_signatoryNameEdit->setText(options.signatoryName);
    m_signatoryRoleEdit->setText(options.signatoryRole);
    m_capacityCombo->setCurrentIndex(m_capacityCombo->findData(int(options.signatoryCapacity)));
    m_personsBox->load();
    m_loading = false;
    showCapacityHint();
    m_languageCombo->setFocus();
}

QStringList LetterOptionsPage::missing() const
{
    // A person without a signing date must not be named: fixed before going on.
    if (!m_personsBox || m_personsBox->problem().isEmpty())
        return {};
    return {m_personsBox->problemField()};
}

void LetterOptionsPage::showCapacityHint()
{
    m_capacityHint->showMessage(
        SignatoryRules::ownNameWithoutHeadFunction(m_request)
            ? tr("“%1” is not among the functions that head an organisation. Whoever signs on "
                 "its behalf signs “i. A.”.")
                  .arg(SignatoryRules::function(m_request).simplified())
            : QString());
}

void LetterOptionsPage::store()
{
    if (m_loading)
        return;
    LetterOptions& options = m_request.options;
    options.letterLanguage = m_languageCombo->currentData().toString();
    options.date = m_dateEdit->date();
    options.reference = m_referenceEdit->text();
    options.postalNote = PostalNote(m_postalNoteCombo->currentData().toInt());
    options.grounds.clear();
    for (auto it = m_groundBoxes.cbegin(); it != m_groundBoxes.cend(); ++it) {
        if (it.value()->isChecked())
            options.grounds << it.key();
    }
    options.specialCategories.clear();
    for (auto it = m_categoryBoxes.cbegin(); it != m_categoryBoxes.cend(); ++it) {
        if (it.value()->isChecked())
            options.specialCategories << it.key();
    }
    options.otherSpecialCategories = m_otherCategoriesEdit->text();
    options.ownGrounds = m_ownGroundsEdit->toPlainText();
    options.jointControllership = m_jointControllershipBox->isChecked();
    options.requestConfirmation = m_confirmationBox->isChecked();
    options.signatoryName = m_signatoryNameEdit->text();
    options.signatoryRole = m_signatoryRoleEdit->text();
    options.signatoryCapacity = SignatoryCapacity(m_capacityCombo->currentData().toInt());
    showCapacityHint();
    // The letter's date decides which persons it may name.
    m_personsBox->showProblem();
    emit completeChanged();
}
