"""The page being read: its blocks, and what assistive technology is told about them."""
