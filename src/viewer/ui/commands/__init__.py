"""Commands as data: each part declares its own; the menus, keys and overview are made from them."""
