#include "WizardPage.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QWizard>

#include "ScrollingBody.h"

using namespace Qt::StringLiterals;

void WizardPage::initializePage()
{
    if (!m_built) {
        build();
        m_built = true;
    }
    load();
    showMissing();
}

void WizardPage::reload()
{
    if (m_built)
        load();
}

void WizardPage::onLanguageChange(std::function<void()> refresh)
{
    refresh();
    m_refreshers.push_back(std::move(refresh));
}

void WizardPage::bindTitles(const char* title, const char* subTitle)
{
    onLanguageChange([this, title, subTitle] {
        setTitle(translated(title));
        setSubTitle(translated(subTitle));
    });
}

QString WizardPage::translated(const char* source) const
{
    // metaObject() names the concrete page, which is the context lupdate gives
    // QT_TR_NOOP() texts written inside that page's member functions.
    return QCoreApplication::translate(metaObject()->className(), source);
}

QString WizardPage::fieldName(const char* labelSource) const
{
    QString name = translated(labelSource).remove(u'&');
    while (name.endsWith(u'*') || name.endsWith(u':') || name.endsWith(u' '))
        name.chop(1);
    return name;
}

bool WizardPage::isComplete() const
{
    return QWizardPage::isComplete() && missing().isEmpty();
}

void WizardPage::showMissing()
{
    const QStringList items = missing();
    const QString text =
        items.isEmpty() ? QString()
                        : tr("Missing: %1", nullptr, int(items.size())).arg(items.join(u", "_s));
    if (m_missingLabel) {
        m_missingLabel->setText(text);
        m_missingLabel->setVisible(!text.isEmpty());
    }
    // A screen reader that reaches the disabled button hears why, too.
    if (wizard() && wizard()->currentPage() == this)
        wizard()->button(QWizard::NextButton)->setAccessibleDescription(text);
}

void WizardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (const auto& refresh : m_refreshers)
            refresh();
    }
    QWizardPage::changeEvent(event);
}

QWidget* WizardPage::scrollingBody()
{
    auto* body = new QWidget(this);
    fillWithScrollingBody(this, body, QStringLiteral("pageScrollArea"));
    // At the bottom of the page, right above the Next button it explains:
    // a disabled button says nothing about why. Plain text in a label, so
    // screen readers read it like the page's other texts.
    m_missingLabel = new QLabel(this);
    m_missingLabel->setObjectName(u"missingLabel"_s);
    m_missingLabel->setTextFormat(Qt::PlainText);
    m_missingLabel->setWordWrap(true);
    m_missingLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_missingLabel->hide();
    layout()->addWidget(m_missingLabel);
    connect(this, &QWizardPage::completeChanged, this, &WizardPage::showMissing);
    // Not at once, as onLanguageChange would: the page is still being built.
    m_refreshers.push_back([this] { showMissing(); });
    return body;
}
