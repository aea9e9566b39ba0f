/** Server-side drafts of long forms, so a crash, a closed tab or a timed-out session loses no typing (docs/drafts.md). */
package uk.opencsc.platform.drafts;
