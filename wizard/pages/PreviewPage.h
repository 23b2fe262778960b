#pragma once

#include "Letter.h"
#include "LetterExporter.h"
#include "ObjectionRequest.h"
#include "RecordStore.h"
#include "SessionLog.h"
#include "WizardPage.h"

class QBoxLayout;
class QLabel;
class QScrollArea;
class FieldMessage;
class LetterPageView;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class SendingSteps;

// Step 7: the letter as it will be exported, and the ways to send it as
// numbered steps (SendingSteps).
class PreviewPage : public WizardPage
{
    Q_OBJECT

public:
    PreviewPage(ObjectionRequest& request, RecordStore& records, SessionLog& log,
                QWidget* parent = nullptr);

protected:
    void build() override;
    void load() override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QPushButton* addButton(const char* text, const QString& objectName);
    void showStatus(const QString& message);
    void updateFontWarning();
    // Ticks the steps done for the letter as it is now, and makes the first
    // open one's button the default.
    void updateSteps();
    void updateDefaultButton();
    void arrangeColumns();

    ObjectionRequest& m_request;
    RecordStore& m_records;
    const SessionLog& m_log;
    Letter m_letter;
    LetterExporter m_exporter;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_textView = nullptr;
    LetterPageView* m_pageView = nullptr;
    QLabel* m_status = nullptr;
    FieldMessage* m_letterWarning = nullptr;
    FieldMessage* m_fontWarning = nullptr;
    SendingSteps* m_steps = nullptr;
    QScrollArea* m_stepsArea = nullptr;
    QBoxLayout* m_columns = nullptr; // the letter and the steps
    QList<QPushButton*> m_buttons;
    // Whether this page took the default button from the wizard's Next.
    bool m_holdsDefault = false;
};
