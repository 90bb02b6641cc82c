"""WeChat and WeCom channels: callback parsing, plain-text rendering, de-duplication, limits and pushes."""
