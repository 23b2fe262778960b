#include "OrganisationPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include "CharacterLimit.h"
#include "Countries.h"
#include "FieldMessage.h"
#include "FormRows.h"
#include "InputValidation.h"
#include "SignatoryRules.h"

using namespace Qt::StringLiterals;

OrganisationPage::OrganisationPage(ObjectionRequest& request, QWidget* parent)
    : WizardPage(parent), m_request(request)
{
    bindTitles(QT_TR_NOOP("Your organisation"),
               QT_TR_NOOP("Who objects? These details go into the letter. Fields marked * are "
                          "required."));
}

void OrganisationPage::build()
{
    auto* form = new QFormLayout(scrollingBody());
    m_nameEdit = addLineEdit(form, QT_TR_NOOP("Name of the &organisation *"), InputLimits::name,
                             u"orgNameLineEdit"_s);
    m_nameMessage = new FieldMessage(this);
    form->addRow(QString(), m_nameMessage);

    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(u"orgKindComboBox"_s);
    for (OrganisationKind kind : {OrganisationKind::Company, OrganisationKind::PublicAuthority,
                                  OrganisationKind::Association, OrganisationKind::University,
                                  OrganisationKind::Church, OrganisationKind::Other}) {
        m_kindCombo->addItem(QString(), int(kind));
    }
    onLanguageChange([this] {
        m_kindCombo->setItemText(0, tr("Company"));
        m_kindCombo->setItemText(1, tr("Public authority"));
        m_kindCombo->setItemText(2, tr("Association"));
        m_kindCombo->setItemText(3, tr("University"));
        m_kindCombo->setItemText(4, tr("Church, parish or church institution"));
        m_kindCombo->setItemText(5, tr("Other"));
    });
    bindText(addLabelledRow(form, m_kindCombo), QT_TR_NOOP("&Kind of organisation"));
    // Its own question: a chamber is a body of the state of kind "other", a
    // private university is none. A church is never one, even as a
    // corporation under public law (DOMAIN.md): the box is hidden for it.
    m_publicBodyBox = new QCheckBox(this);
    m_publicBodyBox->setObjectName(u"publicBodyCheckBox"_s);
    bindText(m_publicBodyBox, QT_TR_NOOP("Bod&y of the state (authority, municipality, public "
                                         "university, chamber)"));
    form->addRow(QString(), m_publicBodyBox);
    // Art. 91 GDPR: a church with its own comprehensive rules cites its own law.
    m_churchLawCombo = new QComboBox(this);
    m_churchLawCombo->setObjectName(u"churchLawComboBox"_s);
    for (ChurchLaw law : {ChurchLaw::Kdg, ChurchLaw::DsgEkd, ChurchLaw::Gdpr})
        m_churchLawCombo->addItem(QString(), int(law));
    onLanguageChange([this] {
        m_churchLawCombo->setItemText(0, tr("Catholic data protection law (KDG)"));
        m_churchLawCombo->setItemText(1, tr("Protestant data protection law (DSG-EKD)"));
        m_churchLawCombo->setItemText(2, tr("GDPR (e.g. a free church registered as e. V.)"));
    });
    m_churchLawLabel = addLabelledRow(form, m_churchLawCombo);
    bindText(m_churchLawLabel, QT_TR_NOOP("Data protection &law"));

    m_contactEdit = addLineEdit(form, QT_TR_NOOP("&Contact person *"), InputLimits::name,
                                u"contactNameLineEdit"_s);
    m_contactMessage = new FieldMessage(this);
    form->addRow(QString(), m_contactMessage);
    m_roleEdit =
        addLineEdit(form, QT_TR_NOOP("&Role"), InputLimits::field, u"contactRoleLineEdit"_s);
    m_emailEdit =
        addLineEdit(form, QT_TR_NOOP("&E-mail *"), InputLimits::email, u"emailLineEdit"_s);
    m_emailMessage = new FieldMessage(this);
    form->addRow(QString(), m_emailMessage);
    m_phoneEdit =
        addLineEdit(form, QT_TR_NOOP("&Telephone"), InputLimits::phone, u"phoneLineEdit"_s);
    onLanguageChange([this] {
        m_roleEdit->setPlaceholderText(tr("e.g. data-protection officer"));
        m_emailEdit->setPlaceholderText(tr("e.g. privacy@example.org"));
        m_phoneEdit->setPlaceholderText(tr("optional, shown in the letter"));
    });
    m_streetEdit = addLineEdit(form, QT_TR_NOOP("&Street and number"), InputLimits::field,
                               u"streetLineEdit"_s);
    m_postcodeEdit =
        addLineEdit(form, QT_TR_NOOP("&Postcode"), InputLimits::postcode, u"postcodeLineEdit"_s);
    m_cityEdit = addLineEdit(form, QT_TR_NOOP("C&ity"), InputLimits::field, u"cityLineEdit"_s);
    m_countryEdit =
        addLineEdit(form, QT_TR_NOOP("Co&untry"), InputLimits::field, u"countryLineEdit"_s);
    // Below the country, since the postcode is judged by it.
    m_postcodeMessage = new FieldMessage(this);
    m_postcodeMessage->setObjectName(u"postcodeMessage"_s);
    form->addRow(QString(), m_postcodeMessage);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &OrganisationPage::storeAndCheck);
    // Once the user picks a kind, the name no longer suggests one.
    connect(m_kindCombo, &QComboBox::activated, this, [this] { m_kindChosen = true; });
    // A suggestion made while typing is taken back when the name stops
    // suggesting it ("Stadt" on the way to "Stadtcafé").
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this](const QString& name) {
        if (m_kindChosen)
            return;
        const auto current = OrganisationKind(m_kindCombo->currentData().toInt());
        const std::optional<OrganisationKind> kind = suggestedKind(name);
        if (kind && !m_kindBeforeSuggestion)
            m_kindBeforeSuggestion = current;
        const std::optional<OrganisationKind> wanted = kind ? kind : m_kindBeforeSuggestion;
        if (!kind)
            m_kindBeforeSuggestion.reset();
        if (wanted && *wanted != current)
            m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(*wanted)));
    });
    connect(m_publicBodyBox, &QCheckBox::toggled, this, &OrganisationPage::storeAndCheck);
    connect(m_churchLawCombo, &QComboBox::currentIndexChanged, this,
            &OrganisationPage::storeAndCheck);
    // Left after typing in it (not when the focus merely passes, as when the
    // language button is clicked on a fresh page).
    connect(m_nameEdit, &QLineEdit::editingFinished, this, [this] {
        m_nameTouched = m_nameTouched || m_nameEdit->isModified();
        updateMessages();
    });
    connect(m_contactEdit, &QLineEdit::editingFinished, this, [this] {
        m_contactTouched = m_contactTouched || m_contactEdit->isModified();
        updateMessages();
    });
    connect(m_emailEdit, &QLineEdit::editingFinished, this, [this] {
        m_emailTouched = m_emailTouched || m_emailEdit->isModified();
        updateMessages();
    });
    connect(m_countryEdit, &QLineEdit::editingFinished, this,
            &OrganisationPage::letterLanguageFromCountry);
    for (QLineEdit* edit : {m_postcodeEdit, m_countryEdit}) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            m_postcodeTouched = m_postcodeTouched || edit->isModified();
            updateMessages();
        });
    }
    // While the contact signs, the function typed here decides between "in
    // their own name" and "i. A." (SignatoryRules::suggestedCapacity).
    connect(m_roleEdit, &QLineEdit::textEdited, this, [this] {
        if (!m_request.options.signatoryName.trimmed().isEmpty())
            return;
        m_request.organisation.contactRole = m_roleEdit->text(); // textChanged may come later
        m_request.options.signatoryCapacity = SignatoryRules::suggestedCapacity(m_request);
    });
    onLanguageChange([this] { updateMessages(); });
}

QLineEdit* OrganisationPage::addLineEdit(QFormLayout* form, const char* label, int maxLength,
                                         const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    limitLength(edit, maxLength);
    bindText(addLabelledRow(form, edit), label);
    connect(edit, &QLineEdit::textChanged, this, &OrganisationPage::storeAndCheck);
    return edit;
}

void OrganisationPage::load()
{
    const Organisation& org = m_request.organisation;
    m_loading = true; // the widgets follow the model here, not the other way round
    m_nameEdit->setText(org.name);
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(org.kind)));
    m_publicBodyBox->setChecked(org.publicBody);
    m_churchLawCombo->setCurrentIndex(std::max(0, m_churchLawCombo->findData(int(org.churchLaw))));
    m_publicBodyBox->setVisible(org.kind != OrganisationKind::Church);
    m_churchLawCombo->setVisible(org.kind == OrganisationKind::Church);
    m_churchLawLabel->setVisible(org.kind == OrganisationKind::Church);
    m_contactEdit->setText(org.contactName);
    m_roleEdit->setText(org.contactRole);
    m_emailEdit->setText(org.email);
    m_phoneEdit->setText(org.phone);
    m_streetEdit->setText(org.street);
    m_postcodeEdit->setText(org.postcode);
    m_cityEdit->setText(org.city);
    m_countryEdit->setText(org.country);
    m_loading = false;
    // A wrong postcode that came with a profile is said at once; a right one
    // is judged again only once the user has changed it and left the field.
    m_postcodeTouched = !Countries::postcodeProblem(org.postcode, org.country).isEmpty();
    m_postcodeWarnedFor = m_postcodeTouched
                              ? org.postcode.simplified() + u'\n' + org.country.simplified()
                              : QString();
    m_countryOfLanguage = org.country;
    // A kind stored with a name was chosen (or accepted) with it.
    m_kindChosen = !org.name.trimmed().isEmpty();
    m_kindBeforeSuggestion.reset();
    updateMessages();
    emit completeChanged();
    m_nameEdit->setFocus();
}

void OrganisationPage::storeAndCheck()
{
    if (m_loading)
        return;
    Organisation& org = m_request.organisation;
    org.name = m_nameEdit->text();
    const auto kind = OrganisationKind(m_kindCombo->currentData().toInt());
    bool kindChanged = false;
    if (kind != org.kind) { // a new kind suggests whether it is a public body
        org.kind = kind;
        kindChanged = true;
        const QSignalBlocker blocker(m_publicBodyBox);
        m_publicBodyBox->setChecked(suggestedPublicBody(kind));
    }
    const bool church = kind == OrganisationKind::Church;
    m_publicBodyBox->setVisible(!church);
    m_churchLawCombo->setVisible(church);
    m_churchLawLabel->setVisible(church);
    if (church)
        m_publicBodyBox->setChecked(false);
    org.churchLaw = ChurchLaw(m_churchLawCombo->currentData().toInt());
    if (m_publicBodyBox->isChecked() != org.publicBody || kindChanged) { // and its own grounds
        org.publicBody = m_publicBodyBox->isChecked();
        m_request.options.grounds = suggestedGrounds(org);
        // In public administration everyone but the head signs "i. A." (DOMAIN.md).
        m_request.options.signatoryCapacity = SignatoryRules::suggestedCapacity(m_request);
    }
    org.contactName = m_contactEdit->text();
    org.contactRole = m_roleEdit->text();
    org.email = m_emailEdit->text();
    org.phone = m_phoneEdit->text();
    org.street = m_streetEdit->text();
    org.postcode = m_postcodeEdit->text();
    org.city = m_cityEdit->text();
    org.country = m_countryEdit->text();
    // Messages appear once the user has left a field (no scolding while typing)
    // and from then on follow the typing, so they vanish as soon as it is fixed.
    updateMessages();
    emit completeChanged();
}

bool OrganisationPage::validatePage()
{
    const Organisation& org = m_request.organisation;
    // Once for each postcode and country: Enter in the postcode field leaves
    // the field (showing the message) and presses Next in one go.
    const QString warned = org.postcode.simplified() + u'\n' + org.country.simplified();
    if (warned == m_postcodeWarnedFor ||
        Countries::postcodeProblem(org.postcode, org.country).isEmpty())
        return true;
    m_postcodeWarnedFor = warned;
    m_postcodeTouched = true;
    updateMessages();
    m_postcodeEdit->setFocus();
    return false;
}

void OrganisationPage::letterLanguageFromCountry()
{
    // The letter's language follows the country as long as it is the one the
    // country before suggested (a German city in the English interface writes
    // in German; a choice of its own on "Letter options" stays). Judged when
    // the field is left: on the way to "Deutschland", "D" is no country.
    const QString& country = m_request.organisation.country;
    const QString before = Countries::letterLanguage(m_countryOfLanguage);
    const QString after = Countries::letterLanguage(country);
    if (!after.isEmpty() && (before.isEmpty() || m_request.options.letterLanguage == before))
        m_request.options.letterLanguage = after;
    m_countryOfLanguage = country;
}

void OrganisationPage::updateMessages()
{
    const Organisation& org = m_request.organisation;
    m_nameMessage->showMessage(m_nameTouched && org.name.trimmed().isEmpty()
                                   ? tr("Please enter the name of your organisation.")
                                   : QString());
    m_contactMessage->showMessage(m_contactTouched && org.contactName.trimmed().isEmpty()
                                      ? tr("Please enter a contact person.")
                                      : QString());
    m_emailMessage->showMessage(m_emailTouched ? InputValidation::emailError(org.email)
                                               : QString());
    m_postcodeMessage->showMessage(
        m_postcodeTouched ? Countries::postcodeProblem(org.postcode, org.country) : QString());
}

QStringList OrganisationPage::missing() const
{
    // The labels' own sources (also used in build()), so the items read as
    // the fields are named.
    const Organisation& org = m_request.organisation;
    QStringList items;
    if (org.name.trimmed().isEmpty())
        items << fieldName(QT_TR_NOOP("Name of the &organisation *"));
    if (org.contactName.trimmed().isEmpty())
        items << fieldName(QT_TR_NOOP("&Contact person *"));
    if (!InputValidation::emailError(org.email).isEmpty())
        items << fieldName(QT_TR_NOOP("&E-mail *"));
    return items;
}
