#pragma once

// Exit codes of the command line, documented in the README.
enum ExitCode
{
    ExitDone = 0,
    ExitWrongUsage = 2,
    ExitBadInput = 3, // a profile could not be read or lacks what the letter needs
    ExitCannotWrite = 4,
};
