#include "ResourceJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QtDebug>

QJsonObject readResourceJson(const QString& resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Missing resource %s", qPrintable(resourcePath));
        return {};
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning("Malformed resource %s: %s", qPrintable(resourcePath),
                 qPrintable(error.errorString()));
        return {};
    }
    return document.object();
}

QString jsonString(const QJsonObject& root, const QString& dottedPath)
{
    const QStringList keys = dottedPath.split(u'.');
    QJsonObject object = root;
    for (qsizetype i = 0; i + 1 < keys.size(); ++i)
        object = object.value(keys.at(i)).toObject();
    return object.value(keys.constLast()).toString();
}
