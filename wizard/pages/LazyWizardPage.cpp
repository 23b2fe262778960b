#include "LazyWizardPage.h"

void LazyWizardPage::initializePage()
{
    if (!m_built) {
        build();
        m_built = true;
    }
    load();
}
