#include "StepList.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

StepList::StepList(QWizard* wizard, const QList<int>& steps)
    : QWidget(wizard), m_wizard(wizard), m_ids(steps)
{
    setObjectName(u"stepList"_s);
    auto* layout = new QVBoxLayout(this);
    m_indicator = new QLabel(this);
    m_indicator->setObjectName(u"stepIndicatorLabel"_s);
    QFont bold = m_indicator->font();
    bold.setBold(true);
    m_indicator->setFont(bold);
    layout->addWidget(m_indicator);
    m_gapAfterIndicator = m_indicator->fontMetrics().lineSpacing() / 2;
    layout->addSpacing(m_gapAfterIndicator);
    for (int i = 0; i < m_ids.size(); ++i) {
        auto* step = new QLabel(this);
        step->setObjectName(u"stepLabel%1"_s.arg(i + 1));
        step->setWordWrap(true);
        step->setTextFormat(Qt::PlainText);
        layout->addWidget(step);
        m_steps << step;
    }
    layout->addStretch();
    connect(wizard, &QWizard::currentIdChanged, this, &StepList::refresh);
    refresh();
}

void StepList::refresh()
{
    const QList<int>& ids = m_ids;
    // -1 on the overview: no step is current, none done.
    const int current = int(ids.indexOf(m_wizard->currentId()));
    m_indicator->setText(current < 0 ? tr("Overview")
                                     : tr("Step %1 of %2").arg(current + 1).arg(ids.size()));
    for (int i = 0; i < m_steps.size() && i < ids.size(); ++i) {
        // Marks, not colours: they read the same in every palette and to a
        // screen reader.
        const QString mark = i < current ? u"✓ "_s : i == current ? u"▸ "_s : QString();
        // Where the wizard has no such page, nothing is listed.
        if (!m_wizard->page(ids.at(i)))
            continue;
        m_steps[i]->setText(mark + m_wizard->page(ids.at(i))->title());
        QFont font = m_steps[i]->font();
        font.setBold(i == current);
        m_steps[i]->setFont(font);
    }
    fitWidthToTexts();
    showStepsIfRoom();
}

void StepList::fitWidthToTexts()
{
    // Narrow enough to leave the page its room on a small or scaled screen,
    // wide enough that a title takes two lines, not three or four (a word-
    // wrapped label alone would ask for the width of its longest word).
    const int characterWidth = m_indicator->fontMetrics().averageCharWidth();
    // But never narrower than the words of this language: measured anew
    // after every switch, for "Schritt 7 von 8" is longer than "Step 7 of 8"
    // and was cut at 150 % when the width was fixed for the first language.
    // The longest indicator of any page, so the list does not change width
    // from page to page; the words of the titles in bold, as the current one.
    const QFontMetrics bold = m_indicator->fontMetrics();
    int widest = bold.horizontalAdvance(tr("Overview"));
    for (int step = 1; step <= m_ids.size(); ++step)
        widest = std::max(widest,
                          bold.horizontalAdvance(tr("Step %1 of %2").arg(step).arg(m_ids.size())));
    const int markWidth = bold.horizontalAdvance(u"▸ "_s);
    for (int i = 0; i < m_ids.size(); ++i) {
        if (const QWizardPage* page = m_wizard->page(m_ids.at(i))) {
            const QStringList words = page->title().split(u' ', Qt::SkipEmptyParts);
            for (const QString& word : words)
                widest = std::max(widest, markWidth + bold.horizontalAdvance(word));
        }
    }
    // A space more: QLabel clips what QFontMetrics rounds down.
    const QMargins margins = layout()->contentsMargins();
    const int needed = widest + bold.horizontalAdvance(u' ') + margins.left() + margins.right();
    setMinimumWidth(std::max(characterWidth * 16, needed));
    setMaximumWidth(std::max(characterWidth * 26, needed));
}

void StepList::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    showStepsIfRoom();
}

int StepList::heightOfAllSteps(int width) const
{
    // Counted by hand: the layout's own height counts only what is shown.
    const QMargins margins = layout()->contentsMargins();
    const int inner = width - margins.left() - margins.right();
    const int spacing = std::max(0, layout()->spacing());
    int height = margins.top() + margins.bottom() + m_indicator->sizeHint().height() +
                 m_gapAfterIndicator + spacing;
    for (const QLabel* step : m_steps)
        height += step->heightForWidth(inner) + spacing;
    return height;
}

void StepList::showStepsIfRoom()
{
    // The list's height comes from the page beside it, not from the titles,
    // so showing or hiding them does not change what is measured here. The
    // titles must not come and go from page to page (the page would jump
    // sideways): measured at the list's narrowest width, and with room for
    // two more lines, which is what a page whose subtitle takes more lines
    // in the wizard's header leaves less.
    const int headerVariation = 2 * fontMetrics().lineSpacing();
    const bool room = heightOfAllSteps(minimumWidth()) + headerVariation <= height();
    for (QLabel* step : std::as_const(m_steps))
        step->setVisible(room);
}
