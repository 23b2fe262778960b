#include "WizardPage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QScrollArea>
#include <QVBoxLayout>

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
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"pageScrollArea"_s);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The fields take the focus, not the area: it scrolls to the focused one.
    scroll->setFocusPolicy(Qt::NoFocus);
    // A field reached with its Alt shortcut or by a click on its label is
    // scrolled into view, as Tab already does.
    connect(qApp, &QApplication::focusChanged, scroll, [scroll, body](QWidget*, QWidget* now) {
        if (now && body->isAncestorOf(now))
            scroll->ensureWidgetVisible(now);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    return body;
}
