#pragma once

#include <QJsonObject>

#include "FollowUp.h"
#include "Letter.h"
#include "MetaFacts.h"
#include "ObjectionRequest.h"

// Turns the request into a structured Letter. The only place that decides what
// the letter says; its words come from resources/letter-<language>.json.
class LetterComposer
{
public:
    explicit LetterComposer(const QString& letterLanguage = QStringLiteral("de"));

    Letter compose(const ObjectionRequest& request) const;
    // After a month without answer (DOMAIN.md): the letter to Meta again, and
    // the information to a supervisory authority – information, not a
    // complaint. `request` gives sender, signatory, date and reference of the
    // new letter; its accounts are those of `earlier`.
    Letter followUp(const ObjectionRequest& request, const EarlierObjection& earlier) const;
    // `ownAuthority`: the address for Authority::Own (the organisation's own
    // supervisory authority, chosen by the user).
    Letter authorityNotice(const ObjectionRequest& request, const EarlierObjection& earlier,
                           Authority authority, const PostalAddress& ownAuthority = {}) const;
    // The form a named person signs to authorise the organisation (route 2).
    Letter authorisationForm(const ObjectionRequest& request,
                             const AuthorisingPerson& person) const;

    // For the organisation's followers: how they object themselves.
    QString followerNotice() const;
    // For the privacy notice of the organisation's pages; joint controllership
    // is named only for a Facebook Page (no ruling for Instagram).
    QString privacyNotice(qsizetype facebookPages) const;

private:
    Letter frame(const ObjectionRequest& request) const;
    QString text(const QString& key) const;
    QString written(const QDate& date) const;
    // The text under key.one or key.many, for the number of accounts.
    QString counted(const QString& key, const ObjectionRequest& request) const;
    QString filled(QString text, const ObjectionRequest& request) const;
    QString accountsPhrase(const QString& grammaticalCase, const ObjectionRequest& request,
                           bool facebookOnly = false) const;
    QString owner(const Organisation& organisation) const;
    LetterParagraph accountsParagraph(const ObjectionRequest& request) const;
    LetterParagraph groundsParagraph(const ObjectionRequest& request) const;
    QString specialCategories(const LetterOptions& options) const;
    QString accountItem(const Account& account) const;
    QList<LetterParagraph> personsParagraphs(const ObjectionRequest& request,
                                             const QList<AuthorisingPerson>& persons) const;
    QStringList personItems(const QList<AuthorisingPerson>& persons) const;
    QStringList confirmedItems(const EarlierObjection& earlier) const;
    QString earlierObjectionText(const QString& key, const ObjectionRequest& all,
                                 const EarlierObjection& earlier) const;
    QList<LetterParagraph> answerParagraphs(const QString& prefix,
                                            const EarlierObjection& earlier) const;
    QString jointControllership(const ObjectionRequest& request) const;
    QString signatureName(const ObjectionRequest& request) const;
    QList<LetterField> information(const ObjectionRequest& request) const;
    QString withMetaLinks(QString text) const;

    QString m_language;
    QJsonObject m_texts;
};
