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

    // For the organisation's followers: how they object themselves.
    QString followerNotice() const;
    // For the privacy notice of the organisation's pages; joint controllership
    // is named only for a Facebook Page (no ruling for Instagram).
    QString privacyNotice(qsizetype facebookPages) const;

private:
    QString text(const QString& key) const;
    // The text under key.one or key.many, for the number of accounts.
    QString counted(const QString& key, const ObjectionRequest& request) const;
    QString filled(QString text, const ObjectionRequest& request) const;
    QString accountsPhrase(const QString& grammaticalCase, const ObjectionRequest& request,
                           bool facebookOnly = false) const;
    QString owner(const Organisation& organisation) const;
    LetterParagraph accountsParagraph(const ObjectionRequest& request) const;
    LetterParagraph groundsParagraph(const ObjectionRequest& request) const;
    QString jointControllership(const ObjectionRequest& request) const;
    QString signatureName(const ObjectionRequest& request) const;
    QList<LetterField> information(const ObjectionRequest& request) const;
    QString withMetaLinks(QString text) const;

    QString m_language;
    QJsonObject m_texts;
};
