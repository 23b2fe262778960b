#pragma once

#include <QCoreApplication>

#include "CommandLineOptions.h"

// Writes letters without any window: one profile to --pdf/--text, or many
// profiles into --out-dir (in parallel, on every core). Reports on stderr in
// the user-interface language and returns an ExitCode.
class CommandLineExport
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineExport)

public:
    static int run(const CommandLineOptions& options);
};
