#include "PageText.h"

#include <QLabel>
#include <QUrl>

#include "DialogSeams.h"

using namespace Qt::StringLiterals;

QLabel* PageText::label(const QString& html, QWidget* parent)
{
    auto* label = new QLabel(html, parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setOpenExternalLinks(false);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    QObject::connect(label, &QLabel::linkActivated, label,
                     [](const QString& url) { UrlOpener::open(QUrl(url)); });
    return label;
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
