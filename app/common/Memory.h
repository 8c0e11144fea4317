#pragma once

namespace ScimDesk {

// At program start: memory freed by a read is kept for the next page rather than handed back to
// the kernel. A directory read allocates and frees a megabyte-sized buffer for every page, on
// three threads; by default each of them would be fresh pages from the kernel, faulted in and
// zeroed, which costs about as much as reading the page. Only buffers up to a few megabytes are
// concerned, and what is kept is bounded. The heap also grows in large steps, so that a plan of
// many small changes does not have malloc sort its free lists for every few hundred of them.
void recycleLargeBuffers();

} // namespace ScimDesk
