#pragma once

#include <QJsonObject>

#include "Letter.h"
#include "ObjectionRequest.h"

// Turns the request into a structured Letter. The only place that decides what
// the letter says; its words come from resources/letter-<language>.json.
class LetterComposer
{
public:
    explicit LetterComposer(const QString& letterLanguage = QStringLiteral("de"));

    Letter compose(const ObjectionRequest& request) const;

private:
    QString text(const QString& key) const;
    LetterParagraph objectionParagraph(const ObjectionRequest& request) const;
    LetterParagraph accountsParagraph(const ObjectionRequest& request) const;
    LetterParagraph groundsParagraph(const ObjectionRequest& request) const;
    QString placeAndDate(const ObjectionRequest& request) const;
    QList<LetterField> information(const ObjectionRequest& request) const;

    QString m_language;
    QJsonObject m_texts;
};
