#include "LetterOptionsPage.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "FormRows.h"
#include "InputValidation.h"

using namespace Qt::StringLiterals;

LetterOptionsPage::LetterOptionsPage(ObjectionRequest& request, QWidget* parent)
    : LazyWizardPage(parent), m_request(request)
{
    setTitle(tr("Letter options"));
    setSubTitle(tr("Choose what the letter should say. The suggestions fit your kind of "
                   "organisation."));
}

void LetterOptionsPage::build()
{
    m_placeEdit = new QLineEdit(this);
    m_placeEdit->setObjectName(u"placeLineEdit"_s);
    m_placeEdit->setMaxLength(InputLimits::field);
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(u"dateEdit"_s);
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(u"dd.MM.yyyy"_s);
    auto* form = new QFormLayout;
    addLabelledRow(form, tr("&Place"), m_placeEdit);
    addLabelledRow(form, tr("&Date"), m_dateEdit);

    auto* groundsBox =
        new QGroupBox(tr("Grounds from your particular situation (Art. 21 GDPR)"), this);
    auto* groundsLayout = new QVBoxLayout(groundsBox);
    groundsLayout->addWidget(
        new QLabel(tr("An objection without grounds may be judged ineffective. Tick what applies:"),
                   groundsBox));
    for (Ground ground :
         {Ground::PublicBody, Ground::Minors, Ground::Confidential, Ground::NoNeed}) {
        auto* box = new QCheckBox(groundLabel(ground), groundsBox);
        box->setObjectName(u"groundCheckBox"_s + QString::number(int(ground)));
        groundsLayout->addWidget(box);
        m_groundBoxes.insert(ground, box);
        connect(box, &QCheckBox::toggled, this, &LetterOptionsPage::store);
    }
    m_ownGroundsEdit = new QPlainTextEdit(groundsBox);
    m_ownGroundsEdit->setObjectName(u"ownGroundsTextEdit"_s);
    m_ownGroundsEdit->setTabChangesFocus(true);
    m_ownGroundsEdit->setPlaceholderText(tr("Optional: describe your situation in your own "
                                            "words."));
    m_ownGroundsEdit->setMaximumHeight(m_ownGroundsEdit->fontMetrics().lineSpacing() * 5);
    auto* ownLabel = new QLabel(tr("&Further grounds in your own words:"), groundsBox);
    ownLabel->setBuddy(m_ownGroundsEdit);
    groundsLayout->addWidget(ownLabel);
    groundsLayout->addWidget(m_ownGroundsEdit);

    m_jointControllershipBox =
        new QCheckBox(tr("Refer to &joint controllership (Art. 26 GDPR, CJEU C-210/16)"), this);
    m_jointControllershipBox->setObjectName(u"jointControllershipCheckBox"_s);
    m_confirmationBox =
        new QCheckBox(tr("Ask for written &confirmation within one month (Art. 12(3) GDPR)"), this);
    m_confirmationBox->setObjectName(u"confirmationCheckBox"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(groundsBox);
    layout->addWidget(m_jointControllershipBox);
    layout->addWidget(m_confirmationBox);
    layout->addStretch();

    connect(m_placeEdit, &QLineEdit::textChanged, this, &LetterOptionsPage::store);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &LetterOptionsPage::store);
    connect(m_ownGroundsEdit, &QPlainTextEdit::textChanged, this, [this] {
        // QPlainTextEdit has no maxLength; cut what is pasted beyond the limit.
        if (m_ownGroundsEdit->toPlainText().size() > InputLimits::ownGrounds) {
            m_ownGroundsEdit->setPlainText(
                m_ownGroundsEdit->toPlainText().left(InputLimits::ownGrounds));
            m_ownGroundsEdit->moveCursor(QTextCursor::End);
        }
        store();
    });
    connect(m_jointControllershipBox, &QCheckBox::toggled, this, &LetterOptionsPage::store);
    connect(m_confirmationBox, &QCheckBox::toggled, this, &LetterOptionsPage::store);
}

QString LetterOptionsPage::groundLabel(Ground ground)
{
    switch (ground) {
    case Ground::PublicBody:
        return tr("Public body: bound to neutrality, citizens must be able to reach us");
    case Ground::Minors:
        return tr("Minors or vulnerable people comment on our pages");
    case Ground::Confidential:
        return tr("People bring confidential matters to us there");
    case Ground::NoNeed:
        return tr("We do not need AI training for our pages");
    }
    return {};
}

void LetterOptionsPage::load()
{
    LetterOptions& options = m_request.options;
    const OrganisationKind kind = m_request.organisation.kind;
    // A new kind brings its own suggestions; a revisit keeps the user's choice.
    if (kind != m_kindShown)
        options.grounds = suggestedGrounds(kind);
    m_kindShown = kind;
    if (options.place.trimmed().isEmpty())
        options.place = m_request.organisation.city.simplified();

    m_loading = true;
    m_placeEdit->setText(options.place);
    m_dateEdit->setDate(options.date);
    const QList<Ground> applicable = applicableGrounds(kind);
    for (auto it = m_groundBoxes.cbegin(); it != m_groundBoxes.cend(); ++it) {
        it.value()->setVisible(applicable.contains(it.key()));
        it.value()->setChecked(options.grounds.contains(it.key()));
    }
    m_ownGroundsEdit->setPlainText(options.ownGrounds);
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
