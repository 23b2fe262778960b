#include "BrowserFailedDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "DialogSeams.h"

using namespace Qt::StringLiterals;

BrowserFailedDialog::BrowserFailedDialog(const QUrl& url, QWidget* parent)
    : QDialog(parent), m_url(url)
{
    setObjectName(u"browserFailedDialog"_s);
    setWindowTitle(tr("Browser not started"));
    auto* text = new QLabel(
        tr("No web browser could be started for this address. Copy it and open it in your "
           "browser yourself:"),
        this);
    text->setWordWrap(true);
    // A field, not a label: the address can be selected with the keyboard,
    // and a long one scrolls instead of widening the dialog.
    auto* address = new QLineEdit(url.toString(), this);
    address->setObjectName(u"browserFailedAddress"_s);
    address->setReadOnly(true);
    address->setAccessibleName(tr("Address"));
    text->setBuddy(address);
    m_copied = new QLabel(this);
    m_copied->setObjectName(u"browserFailedStatus"_s);
    m_copied->setWordWrap(true);
    m_copied->setMinimumHeight(m_copied->fontMetrics().lineSpacing());

    auto* buttons = new QDialogButtonBox(this);
    auto* copy = buttons->addButton(tr("&Copy address"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyAddressButton"_s);
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Clo&se"));
    copy->setDefault(true); // what the user came for: Enter copies
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_url.toString());
        m_copied->setText(tr("The address is on the clipboard. Paste it into your browser's "
                             "address bar with Ctrl+V."));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(address);
    layout->addWidget(m_copied);
    layout->addWidget(buttons);
    copy->setFocus();
    // Room for the longest form address without a scroll.
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 70), sizeHint().height());
}

bool BrowserFailedDialog::open(QWidget* parent, const QUrl& url)
{
    if (UrlOpener::open(url))
        return true;
    BrowserFailedDialog(url, parent).exec();
    return false;
}
