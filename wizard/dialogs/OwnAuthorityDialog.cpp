#include "OwnAuthorityDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "LocalDates.h"

using namespace Qt::StringLiterals;

namespace {
// The window of the letter holds six lines for the recipient (DIN 5008).
constexpr int maxLines = 6;
// What one line of the 85 mm address field holds in the letter's font, with
// room to spare for wide letters.
constexpr int maxLineLength = 45;

QStringList lines(const QString& text)
{
    QStringList kept;
    const QStringList all = text.split(u'\n');
    for (const QString& line : all) {
        if (!line.simplified().isEmpty())
            kept << line.simplified();
    }
    return kept;
}
} // namespace

OwnAuthorityDialog::OwnAuthorityDialog(const Organisation& organisation, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"ownAuthorityDialog"_s);
    setWindowTitle(tr("Your own supervisory authority"));
    auto* intro = new QLabel(
        tr("The authority that supervises your organisation: your Land's authority (in Bavaria "
           "the BayLfD for public bodies, the BayLDA for all others), the BfDI for federal "
           "public bodies, or for a church, a broadcaster and others their own data protection "
           "authority. Check the address on the authority's website before you send."),
        this);
    intro->setWordWrap(true);
    m_authorityCombo = new QComboBox(this);
    m_authorityCombo->setObjectName(u"ownAuthorityComboBox"_s);
    for (const SupervisoryAuthority& authority : MetaFacts::instance().ownAuthorities)
        m_authorityCombo->addItem(authority.name, authority.id);
    m_authorityCombo->addItem(tr("Another authority (church, broadcaster, …)"), QString());
    // A church has its own data-protection authority (Art. 91 GDPR) unless it
    // applies the GDPR: then its Land's.
    if (organisation.kind == OrganisationKind::Church && organisation.churchLaw != ChurchLaw::Gdpr)
        m_authorityCombo->setCurrentIndex(m_authorityCombo->count() - 1);
    m_addressEdit = new QPlainTextEdit(this);
    m_addressEdit->setObjectName(u"ownAuthorityAddressEdit"_s);
    m_addressEdit->setTabChangesFocus(true);
    m_addressEdit->setMinimumHeight(m_addressEdit->fontMetrics().lineSpacing() * (maxLines + 1));
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(u"ownAuthoritySourceLabel"_s);
    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* form = new QFormLayout;
    auto* authorityLabel = new QLabel(tr("&Authority"), this);
    authorityLabel->setBuddy(m_authorityCombo);
    auto* addressLabel = new QLabel(tr("Name and &postal address"), this);
    addressLabel->setBuddy(m_addressEdit);
    form->addRow(authorityLabel, m_authorityCombo);
    form->addRow(addressLabel, m_addressEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_sourceLabel);
    layout->addWidget(m_buttons);

    connect(m_authorityCombo, &QComboBox::currentIndexChanged, this,
            &OwnAuthorityDialog::showChoice);
    connect(m_addressEdit, &QPlainTextEdit::textChanged, this, &OwnAuthorityDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showChoice();
}

void OwnAuthorityDialog::showChoice()
{
    const QString id = m_authorityCombo->currentData().toString();
    const QList<SupervisoryAuthority>& all = MetaFacts::instance().ownAuthorities;
    const auto it = std::find_if(all.cbegin(), all.cend(),
                                 [&id](const SupervisoryAuthority& a) { return a.id == id; });
    // The note first: setting the address checks it and shows the note.
    QString address;
    if (it == all.cend()) {
        m_sourceText = tr("Enter the authority's name and postal address as its website gives "
                          "them, one line each.");
    } else if (it->addressLines.isEmpty()) {
        m_sourceText = tr("KI-Widerspruch has no verified postal address of this authority. "
                          "Enter it from the authority's website.");
        address = it->nameLines.join(u'\n') + u'\n';
    } else {
        m_sourceText = tr("Address from %1, read on %2. Check it before you send.")
                           .arg(it->source, LocalDates::shortDate(it->read));
        address = (it->nameLines + it->addressLines).join(u'\n');
    }
    m_addressEdit->setPlainText(address);
    check();
}

void OwnAuthorityDialog::check()
{
    const QStringList entered = lines(m_addressEdit->toPlainText());
    // A name and at least a postcode and town; no more than the window holds,
    // and no line longer than its width (the letter would cut it).
    const auto longLine = std::find_if(entered.cbegin(), entered.cend(), [](const QString& line) {
        return line.size() > maxLineLength;
    });
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(entered.size() >= 3 && entered.size() <= maxLines &&
                     longLine == entered.cend());
    if (longLine == entered.cend()) {
        m_sourceLabel->setText(m_sourceText);
    } else {
        m_sourceLabel->setText(tr("The line “%1” is longer than the envelope window is wide "
                                  "(%2 characters at most). Split it over two lines.")
                                   .arg(*longLine)
                                   .arg(maxLineLength));
    }
}

PostalAddress OwnAuthorityDialog::address() const
{
    return PostalAddress{lines(m_addressEdit->toPlainText()), {}, {}};
}
