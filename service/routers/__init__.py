"""One APIRouter per channel; the app factory includes them all."""
