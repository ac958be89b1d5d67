package org.emisworkbench.cli;

import org.emisworkbench.service.ServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Errors as one plain sentence on stderr (in the command's {@code --lang}), never a stack trace; exit 2 for known
 * failures, 3 otherwise.
 */
final class PlainErrors implements IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PlainErrors.class);
    static final int FAILED = 2;
    static final int UNEXPECTED = 3;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        if (ex instanceof ServiceException se) {
            cmd.getErr().println("error: " + TerminalText.message(se.message(), LanguageOption.of(cmd)));
            return FAILED;
        }
        LOG.debug("Unexpected failure", ex);
        cmd.getErr().println("error: something went wrong that the workbench did not expect: " + TerminalText.line(ex)
                + "\n(run with -Dorg.slf4j.simpleLogger.defaultLogLevel=debug for details)");
        return UNEXPECTED;
    }
}
