#include "Memory.h"

#include <cstdlib> // defines __GLIBC__ with the C library's own headers

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ScimDesk {

void recycleLargeBuffers()
{
#if defined(__GLIBC__)
    // Below this size a buffer comes from the heap, which reuses it, rather than from a mapping
    // of its own (glibc raises the threshold by itself only after the first frees).
    mallopt(M_MMAP_THRESHOLD, 8 * 1024 * 1024);
    // Up to this much free memory at the top of a heap stays with the process.
    mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024);
    // The heap grows this much at a time (pages are only touched as they are used): each time
    // it grows, malloc first tidies every small block freed since, which for a plan of many
    // changes, each a few hundred bytes kept, came every few hundred of them.
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
#endif
}

} // namespace ScimDesk
