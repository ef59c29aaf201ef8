//! Areas (neighbourhoods): names per language, an optional boundary, and the
//! officers residents there can reach. A shared location inside a boundary
//! selects the area.

use std::collections::BTreeMap;

use geo::{Closest, ClosestPoint, Contains, Distance, Haversine, MultiPolygon, Point};

use serde::Deserialize;

/// Someone residents of an area can reach.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficerContact {
    pub name: String,
    /// E.g. "Community officer", "Youth liaison", "LGBTIQ+ liaison".
    pub role: String,
    #[serde(default)]
    pub phone: Option<String>,
    /// The officer's Matrix ID: `!handover` from this ID passes the contact
    /// role on to the incoming officer.
    #[serde(default)]
    pub matrix_id: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Area {
    pub id: String,
    names: BTreeMap<String, String>,
    boundary: Option<MultiPolygon<f64>>,
    pub officers: Vec<OfficerContact>,
}

#[derive(Debug, thiserror::Error)]
pub enum AreaError {
    #[error("area {id}: boundary is not valid GeoJSON: {reason}")]
    GeoJson { id: String, reason: String },
    #[error("area {id}: boundary holds no polygon")]
    NoPolygon { id: String },
}

impl Area {
    /// An area with its names per language, its officers and, if it has
    /// one, the text of its GeoJSON boundary file.
    pub fn new(
        id: &str,
        names: BTreeMap<String, String>,
        officers: Vec<OfficerContact>,
        boundary_geojson: Option<&str>,
    ) -> Result<Self, AreaError> {
        let boundary = match boundary_geojson {
            None => None,
            Some(text) => Some(parse_boundary(id, text)?),
        };
        Ok(Self {
            id: id.to_owned(),
            names,
            boundary,
            officers,
        })
    }

    /// The name in `lang`, else in `fallback`, else any.
    pub fn name(&self, lang: &str, fallback: &str) -> &str {
        self.names
            .get(lang)
            .or_else(|| self.names.get(fallback))
            .or_else(|| self.names.values().next())
            .map(String::as_str)
            .unwrap_or(self.id.as_str())
    }

    pub fn contains(&self, latitude: f64, longitude: f64) -> bool {
        self.boundary
            .as_ref()
            .is_some_and(|b| b.contains(&Point::new(longitude, latitude)))
    }
}

fn parse_boundary(id: &str, text: &str) -> Result<MultiPolygon<f64>, AreaError> {
    let err = |reason: String| AreaError::GeoJson {
        id: id.to_owned(),
        reason,
    };
    let geojson: geojson::GeoJson = text
        .parse()
        .map_err(|e: geojson::Error| err(e.to_string()))?;
    let mut polygons = Vec::new();
    let mut collect = |geometry: &geojson::Geometry| -> Result<(), AreaError> {
        let g: geo::Geometry<f64> = geometry
            .clone()
            .try_into()
            .map_err(|e: geojson::Error| err(e.to_string()))?;
        match g {
            geo::Geometry::Polygon(p) => polygons.push(p),
            geo::Geometry::MultiPolygon(mp) => polygons.extend(mp.0),
            _ => {}
        }
        Ok(())
    };
    match &geojson {
        geojson::GeoJson::Geometry(g) => collect(g)?,
        geojson::GeoJson::Feature(f) => {
            if let Some(g) = &f.geometry {
                collect(g)?;
            }
        }
        geojson::GeoJson::FeatureCollection(fc) => {
            for f in &fc.features {
                if let Some(g) = &f.geometry {
                    collect(g)?;
                }
            }
        }
    }
    if polygons.is_empty() {
        return Err(AreaError::NoPolygon { id: id.to_owned() });
    }
    Ok(MultiPolygon(polygons))
}

/// The zone's areas, in configuration order.
#[derive(Debug, Clone, Default)]
pub struct Areas(pub Vec<Area>);

impl Areas {
    pub fn get(&self, id: &str) -> Option<&Area> {
        self.0.iter().find(|a| a.id == id)
    }

    /// Distance in km from the point to the nearest area (0 inside one);
    /// `None` when no area has a boundary.
    pub fn distance_km(&self, latitude: f64, longitude: f64) -> Option<f64> {
        let p = Point::new(longitude, latitude);
        self.0
            .iter()
            .filter_map(|a| a.boundary.as_ref())
            .filter_map(|b| {
                if b.contains(&p) {
                    return Some(0.0);
                }
                match b.closest_point(&p) {
                    Closest::Intersection(q) | Closest::SinglePoint(q) => {
                        Some(Haversine.distance(p, q) / 1000.0)
                    }
                    Closest::Indeterminate => None,
                }
            })
            .min_by(f64::total_cmp)
    }

    /// The first area whose boundary contains the point.
    pub fn locate(&self, latitude: f64, longitude: f64) -> Option<&Area> {
        self.0.iter().find(|a| a.contains(latitude, longitude))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(id: &str, boundary: Option<&str>) -> Result<Area, AreaError> {
        let names = [
            ("en".to_owned(), "North".to_owned()),
            ("nl".to_owned(), "Noord".to_owned()),
        ]
        .into_iter()
        .collect();
        Area::new(id, names, Vec::new(), boundary)
    }

    const SQUARE: &str = r#"{"type":"Feature","properties":{},"geometry":{"type":"Polygon",
        "coordinates":[[[3.70,51.05],[3.75,51.05],[3.75,51.10],[3.70,51.10],[3.70,51.05]]]}}"#;

    #[test]
    fn a_point_inside_the_boundary_selects_the_area() {
        let areas = Areas(vec![area("north", Some(SQUARE)).expect("valid")]);
        assert_eq!(
            areas.locate(51.07, 3.72).map(|a| a.id.as_str()),
            Some("north")
        );
        assert!(areas.locate(50.85, 4.35).is_none(), "Brussels is outside");
        assert_eq!(areas.distance_km(51.07, 3.72), Some(0.0));
        // Brussels is about 45 km from the square's south-east corner.
        let far = areas.distance_km(50.85, 4.35).expect("has boundary");
        assert!((40.0..55.0).contains(&far), "{far}");
        // Just north of the square: about 1.1 km.
        let near = areas.distance_km(51.11, 3.72).expect("has boundary");
        assert!((1.0..1.3).contains(&near), "{near}");
        assert_eq!(Areas::default().distance_km(0.0, 0.0), None);
    }

    #[test]
    fn names_fall_back_to_the_default_language() {
        let area = area("north", None).expect("valid");
        assert_eq!(area.name("nl", "en"), "Noord");
        assert_eq!(area.name("ar", "en"), "North");
        assert!(!area.contains(51.07, 3.72), "no boundary, no match");
    }

    #[test]
    fn bad_boundaries_are_reported() {
        assert!(area("x", Some("{not json")).is_err());
        assert!(matches!(
            area("x", Some(r#"{"type":"Point","coordinates":[3.7,51.0]}"#)),
            Err(AreaError::NoPolygon { .. })
        ));
    }
}
