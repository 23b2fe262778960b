#include "WizardPage.h"

#include <QCoreApplication>
#include <QEvent>

#include "ScrollingBody.h"

using namespace Qt::StringLiterals;

void WizardPage::initializePage()
{
    if (!m_built) {
        build();
        m_built = true;
    }
    load();
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
    return body;
}
