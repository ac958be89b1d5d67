package org.emisworkbench.gui;

import java.nio.file.Path;
import org.emisworkbench.service.ServiceException;

/**
 * A workspace that was refused as damaged when the window tried to open it, left untouched, with its
 * newest backup (null when none lies beside it) for the Home screen to offer.
 */
public record DamagedWorkspace(Path workspace, Path backup, ServiceException refusal) {
}
