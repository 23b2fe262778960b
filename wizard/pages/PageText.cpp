#include "PageText.h"

#include <QTextBrowser>
#include <QUrl>

#include "dialogs/BrowserFailedDialog.h"

using namespace Qt::StringLiterals;

QTextBrowser* PageText::view(QWidget* parent)
{
    auto* view = new QTextBrowser(parent);
    view->setObjectName(u"pageTextView"_s);
    view->setFrameShape(QFrame::NoFrame);
    view->viewport()->setAutoFillBackground(false); // the page's own background
    view->setOpenLinks(false);
    QObject::connect(view, &QTextBrowser::anchorClicked, view,
                     [view](const QUrl& url) { BrowserFailedDialog::open(view, url); });
    return view;
}

QString PageText::bulletList(const QStringList& items)
{
    QString html = u"<ul>"_s;
    for (const QString& item : items)
        html += u"<li>"_s + item + u"</li>"_s;
    return html + u"</ul>"_s;
}

QString PageText::escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString PageText::link(const QString& url)
{
    return u"<a href=\""_s + url.toHtmlEscaped() + u"\">"_s + url.toHtmlEscaped() + u"</a>"_s;
}
