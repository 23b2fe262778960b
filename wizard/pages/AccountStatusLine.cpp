#include "AccountStatusLine.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <algorithm>

using namespace Qt::StringLiterals;

AccountStatusLine::AccountStatusLine(QWidget* parent) : QWidget(parent)
{
    m_message = new FieldMessage(this);
    m_message->setObjectName(u"accountMessageLabel"_s);
    m_suggestionButton = new QPushButton(this);
    m_suggestionButton->setObjectName(u"accountSuggestionButton"_s);
    m_suggestionButton->hide();
    m_undoButton = new QPushButton(this);
    m_undoButton->setObjectName(u"undoAccountButton"_s);
    m_undoButton->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_suggestionButton, 0, Qt::AlignTop);
    layout->addWidget(m_undoButton, 0, Qt::AlignTop);
    m_message->setMinimumHeight(
        std::max(m_message->fontMetrics().lineSpacing() * 2, m_undoButton->sizeHint().height()));
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QSizePolicy keepLine = m_message->sizePolicy();
    keepLine.setRetainSizeWhenHidden(true);
    m_message->setSizePolicy(keepLine);
    connect(m_undoButton, &QPushButton::clicked, this, &AccountStatusLine::undoRequested);
    connect(m_suggestionButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<AccountSuggestion> taken = m_suggestion) {
            clear();
            emit suggestionTaken(*taken);
        }
    });
    retranslate();
}

void AccountStatusLine::showMessage(const QString& message, FieldMessage::Kind kind,
                                    const std::optional<AccountSuggestion>& suggestion,
                                    bool otherPlatform)
{
    m_message->showMessage(message, kind);
    m_suggestion = suggestion;
    m_otherPlatform = otherPlatform;
    retranslate();
    m_suggestionButton->setVisible(suggestion.has_value());
}

void AccountStatusLine::setUndo(bool available, bool enabled, const QString& description)
{
    m_undoButton->setVisible(available);
    m_undoButton->setEnabled(enabled);
    m_undoButton->setToolTip(description);
    m_undoButton->setAccessibleDescription(description);
}

void AccountStatusLine::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccountStatusLine::retranslate()
{
    m_undoButton->setText(tr("&Undo"));
    // The one suggestion on another platform the check makes is Instagram
    // (an @name with "_" typed for Facebook).
    m_suggestionButton->setText(m_otherPlatform ? tr("Switch to Insta&gram")
                                                : tr("&Take this address"));
}
