#include "LetterOptionsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "CharacterLimit.h"
#include "FieldMessage.h"
#include "FormRows.h"
#include "InputValidation.h"

using namespace Qt::StringLiterals;

LetterOptionsPage::LetterOptionsPage(ObjectionRequest& request, QWidget* parent)
    : WizardPage(parent), m_request(request)
{
    bindTitles(QT_TR_NOOP("Letter options"),
               QT_TR_NOOP("Choose what the letter should say. The suggestions fit your kind of "
                          "organisation."));
}

void LetterOptionsPage::build()
{
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(u"letterLanguageComboBox"_s);
    // Each language under its own name, as language choices usually are.
    m_languageCombo->addItem(u"Deutsch"_s, u"de"_s);
    m_languageCombo->addItem(u"English"_s, u"en"_s);
    m_placeEdit = new QLineEdit(this);
    m_placeEdit->setObjectName(u"placeLineEdit"_s);
    limitLength(m_placeEdit, InputLimits::field);
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(u"dateEdit"_s);
    m_dateEdit->setCalendarPopup(true);
    auto* form = new QFormLayout;
    bindText(addLabelledRow(form, m_languageCombo), QT_TR_NOOP("&Language of the letter"));
    bindText(addLabelledRow(form, m_placeEdit), QT_TR_NOOP("&Place"));
    bindText(addLabelledRow(form, m_dateEdit), QT_TR_NOOP("&Date"));

    auto* groundsBox = new QGroupBox(this);
    onLanguageChange([this, groundsBox] {
        groundsBox->setTitle(tr("Grounds from your particular situation (Art. 21 GDPR)"));
    });
    auto* groundsLayout = new QVBoxLayout(groundsBox);
    auto* groundsHint = new QLabel(groundsBox);
    groundsHint->setWordWrap(true);
    bindText(groundsHint, QT_TR_NOOP("An objection without grounds may be judged ineffective. "
                                     "Tick what applies:"));
    groundsLayout->addWidget(groundsHint);
    const std::pair<Ground, const char*> grounds[] = {
        {Ground::PublicBody,
         QT_TR_NOOP("Public body: bound to neutrality, citizens must be able to reach us")},
        {Ground::Minors, QT_TR_NOOP("Minors or vulnerable people comment on our pages")},
        {Ground::Confidential, QT_TR_NOOP("People bring confidential matters to us there")},
        {Ground::NoNeed, QT_TR_NOOP("We do not need AI training for our pages")},
    };
    for (const auto& [ground, label] : grounds) {
        auto* box = new QCheckBox(groundsBox);
        bindText(box, label);
        box->setObjectName(u"groundCheckBox"_s + QString::number(int(ground)));
        groundsLayout->addWidget(box);
        m_groundBoxes.insert(ground, box);
        connect(box, &QCheckBox::toggled, this, &LetterOptionsPage::store);
    }
    m_ownGroundsEdit = new QPlainTextEdit(groundsBox);
    m_ownGroundsEdit->setObjectName(u"ownGroundsTextEdit"_s);
    m_ownGroundsEdit->setTabChangesFocus(true);
    m_ownGroundsEdit->setMaximumHeight(m_ownGroundsEdit->fontMetrics().lineSpacing() * 5);
    auto* ownLabel = new QLabel(groundsBox);
    bindText(ownLabel, QT_TR_NOOP("&Further grounds in your own words:"));
    ownLabel->setBuddy(m_ownGroundsEdit);
    groundsLayout->addWidget(ownLabel);
    groundsLayout->addWidget(m_ownGroundsEdit);
    m_ownGroundsMessage = new FieldMessage(groundsBox);
    m_ownGroundsMessage->setObjectName(u"ownGroundsMessageLabel"_s);
    groundsLayout->addWidget(m_ownGroundsMessage);

    m_jointControllershipBox = new QCheckBox(this);
    bindText(m_jointControllershipBox,
             QT_TR_NOOP("Refer to &joint controllership (Art. 26 GDPR, CJEU C-210/16)"));
    m_jointControllershipBox->setObjectName(u"jointControllershipCheckBox"_s);
    m_confirmationBox = new QCheckBox(this);
    bindText(m_confirmationBox,
             QT_TR_NOOP("Ask for written &confirmation within one month (Art. 12(3) GDPR)"));
    m_confirmationBox->setObjectName(u"confirmationCheckBox"_s);
    onLanguageChange([this] {
        m_ownGroundsEdit->setPlaceholderText(
            tr("Optional: describe your situation in your own words."));
        m_ownGroundsMessage->showMessage(QString()); // written in the old language
        //: Date format of the date field (QDate::toString); German: dd.MM.yyyy
        m_dateEdit->setDisplayFormat(tr("d MMM yyyy"));
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(groundsBox);
    layout->addWidget(m_jointControllershipBox);
    layout->addWidget(m_confirmationBox);
    layout->addStretch();

    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &LetterOptionsPage::store);
    connect(m_placeEdit, &QLineEdit::textChanged, this, &LetterOptionsPage::store);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &LetterOptionsPage::store);
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
    connect(m_jointControllershipBox, &QCheckBox::toggled, this, &LetterOptionsPage::store);
    connect(m_confirmationBox, &QCheckBox::toggled, this, &LetterOptionsPage::store);
}

void LetterOptionsPage::load()
{
    LetterOptions& options = m_request.options;
    const OrganisationKind kind = m_request.organisation.kind;
    if (options.place.trimmed().isEmpty())
        options.place = m_request.organisation.city.simplified();

    m_loading = true;
    m_languageCombo->setCurrentIndex(
        std::max(0, m_languageCombo->findData(options.letterLanguage)));
    m_placeEdit->setText(options.place);
    m_dateEdit->setDate(options.date);
    const QList<Ground> applicable = applicableGrounds(kind);
    for (auto it = m_groundBoxes.cbegin(); it != m_groundBoxes.cend(); ++it) {
        it.value()->setVisible(applicable.contains(it.key()));
        it.value()->setChecked(options.grounds.contains(it.key()));
    }
    m_ownGroundsEdit->setPlainText(options.ownGrounds);
    m_ownGroundsMessage->showMessage(QString());
    m_jointControllershipBox->setChecked(options.jointControllership);
    m_confirmationBox->setChecked(options.requestConfirmation);
    m_loading = false;
    m_placeEdit->setFocus();
}

void LetterOptionsPage::store()
{
    if (m_loading)
        return;
    LetterOptions& options = m_request.options;
    options.letterLanguage = m_languageCombo->currentData().toString();
    options.place = m_placeEdit->text();
    options.date = m_dateEdit->date();
    options.grounds.clear();
    for (auto it = m_groundBoxes.cbegin(); it != m_groundBoxes.cend(); ++it) {
        if (it.value()->isChecked())
            options.grounds << it.key();
    }
    options.ownGrounds = m_ownGroundsEdit->toPlainText();
    options.jointControllership = m_jointControllershipBox->isChecked();
    options.requestConfirmation = m_confirmationBox->isChecked();
}
